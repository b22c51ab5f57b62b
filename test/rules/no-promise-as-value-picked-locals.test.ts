import rule from '../../rules/no-promise-as-value.js';
import { typedRuleTester } from '../rule-tester.js';

// A local picked in place between a plain value and a promise (`same ? cue.text :
// this.translate(cue, lang)`, `cached ?? load(key)`) holds the promise on the paths that pick it:
// put in a string there, it prints `[object Promise]`. Awaiting the pick, or each branch, is the
// look-alike that reads the value.
typedRuleTester().run('no-promise-as-value', rule, {
  valid: [
    // the pick is awaited before it goes into the message
    `declare function translate(text: string, lang: string): Promise<string>;
declare const socket: { send(data: string): void };
export async function pushCue(text: string, from: string, to: string): Promise<void> {
  const line = await (from === to ? text : translate(text, to));
  socket.send(\`CUE\\t\${line}\`);
}`,
    // a pick between two plain values, one of them from a cache
    `declare function translateNow(text: string, lang: string): string;
declare const cache: Map<string, string>;
declare const socket: { send(data: string): void };
export function pushCue(text: string, to: string): void {
  const line = cache.get(\`\${text}:\${to}\`) ?? translateNow(text, to);
  socket.send(\`CUE\\t\${line}\`);
}`,
  ],
  invalid: [
    // for another language the message carries the translation's promise
    {
      code: `declare function translate(text: string, lang: string): Promise<string>;
declare const socket: { send(data: string): void };
export function pushCue(text: string, from: string, to: string): void {
  const line = from === to ? text : translate(text, to);
  socket.send(\`CUE\\t\${line}\`);
}`,
      output: null,
      errors: [
        {
          messageId: 'maybePromise',
          line: 5,
          column: 23,
          endLine: 5,
          endColumn: 27,
          suggestions: [],
        },
      ],
    },
    // a cached value or the promise of loading it, logged as it is
    {
      code: `declare function loadLabel(id: string): Promise<string>;
declare const labels: Map<string, string>;
export function describe(id: string): string {
  const label = labels.get(id) ?? loadLabel(id);
  return \`item \${id}: \${label}\`;
}`,
      output: null,
      errors: [
        {
          messageId: 'promiseFallback',
          line: 4,
          column: 35,
          endLine: 4,
          endColumn: 48,
          suggestions: [],
        },
      ],
    },
  ],
});
