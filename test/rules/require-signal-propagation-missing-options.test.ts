import rule from '../../rules/require-signal-propagation.js';
import { typedRuleTester } from '../rule-tester.js';

// A branch that runs only when the options are missing (`if (options == null) return
// download(url);`, `if (!init) return fetch(input);`) has no signal in hand: `options?.signal` is
// `undefined` there, and passing it would change nothing. The same call where the options may hold
// a signal stays reported.
typedRuleTester().run('require-signal-propagation', rule, {
  valid: [
    // the call runs only when there are no options
    `interface Options {
  signal?: AbortSignal;
  retries?: number;
}
declare function download(url: string, options?: { signal?: AbortSignal }): Promise<Uint8Array>;
export async function fetchOne(url: string, options?: Options): Promise<Uint8Array> {
  if (options == null) {
    return download(url);
  }
  console.log(\`retries: \${options.retries ?? 0}\`);
  return download(url, { signal: options.signal });
}`,
    // the same with a falsy test and the present branch second
    `interface Options {
  signal?: AbortSignal;
  retries?: number;
}
declare function download(url: string, options?: { signal?: AbortSignal }): Promise<Uint8Array>;
export function fetchOne(url: string, options?: Options): Promise<Uint8Array> {
  return options ? download(url, { signal: options.signal }) : download(url);
}`,
  ],
  invalid: [
    // the options may hold a signal here
    {
      code: `interface Options {
  signal?: AbortSignal;
  retries?: number;
}
declare function download(url: string, options?: { signal?: AbortSignal }): Promise<Uint8Array>;
export async function fetchTwo(url: string, options?: Options): Promise<Uint8Array> {
  console.log(\`retries: \${options?.retries ?? 0}\`);
  return download(url);
}`,
      output: null,
      errors: [
        {
          messageId: 'missingSignal',
          line: 8,
          column: 10,
          endLine: 8,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              output: `interface Options {
  signal?: AbortSignal;
  retries?: number;
}
declare function download(url: string, options?: { signal?: AbortSignal }): Promise<Uint8Array>;
export async function fetchTwo(url: string, options?: Options): Promise<Uint8Array> {
  console.log(\`retries: \${options?.retries ?? 0}\`);
  return download(url, { signal: options?.signal });
}`,
            },
          ],
        },
      ],
    },
  ],
});
