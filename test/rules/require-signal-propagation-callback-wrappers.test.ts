import rule from '../../rules/require-signal-propagation.js';
import { typedRuleTester } from '../rule-tester.js';

// A wrapper whose only work is the callback it was given (a tracing span, a timer around
// `run()`) has nothing of its own to cancel: the caller wrote the callback and closes over its own
// signal there. A wrapper that also waits on work of its own (a back-off sleep, a fetch) while
// reading nothing of the signal it declares is still reported.
typedRuleTester().run('require-signal-propagation', rule, {
  valid: [
    // the span wrapper only runs the callback it was handed
    `interface Span {
  end(): void;
}
declare function withSpan<T>(name: string, run: (span: Span) => Promise<T>): Promise<T>;
interface ToolDeps {
  signal?: AbortSignal;
  traceName: string;
}
export async function withToolSpan<T>(deps: ToolDeps, tool: string, run: (span: Span) => Promise<T>): Promise<T> {
  return withSpan(\`\${deps.traceName}:\${tool}\`, run);
}
export async function callTool(deps: ToolDeps): Promise<string> {
  return withToolSpan(deps, 'lookup', async () => {
    const res = await fetch('https://example.test/lookup', { signal: deps.signal });
    return res.text();
  });
}`,
  ],
  invalid: [
    // the wrapper also backs off on its own between runs, reading nothing of the signal
    {
      code: `import { setTimeout as sleep } from 'node:timers/promises';
interface RetryOptions {
  signal?: AbortSignal;
  attempts: number;
}
export async function retried<T>(options: RetryOptions, run: () => Promise<T>): Promise<T> {
  let last: unknown;
  for (let attempt = 0; attempt < options.attempts; attempt++) {
    try {
      return await run();
    } catch (error) {
      last = error;
      await sleep(100 * 2 ** attempt);
    }
  }
  throw last;
}
export async function load(signal: AbortSignal): Promise<Response> {
  return retried({ signal, attempts: 3 }, () => fetch('https://example.test/tiles', { signal }));
}`,
      output: null,
      errors: [
        {
          messageId: 'missingSignal',
          line: 13,
          column: 13,
          endLine: 13,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              output: `import { setTimeout as sleep } from 'node:timers/promises';
interface RetryOptions {
  signal?: AbortSignal;
  attempts: number;
}
export async function retried<T>(options: RetryOptions, run: () => Promise<T>): Promise<T> {
  let last: unknown;
  for (let attempt = 0; attempt < options.attempts; attempt++) {
    try {
      return await run();
    } catch (error) {
      last = error;
      await sleep(100 * 2 ** attempt, undefined, { signal: options.signal });
    }
  }
  throw last;
}
export async function load(signal: AbortSignal): Promise<Response> {
  return retried({ signal, attempts: 3 }, () => fetch('https://example.test/tiles', { signal }));
}`,
            },
          ],
        },
      ],
    },
  ],
});
