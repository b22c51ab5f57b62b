import rule from '../../rules/no-promise-as-value.js';
import { typedRuleTester } from '../rule-tester.js';

// A value that was awaited is never a promise, whatever a type assertion on it says
// (`(await api[method](...args)) as ReturnType<…>`, a `ReturnType` that should have been
// `Awaited<…>`): sent on, it sends the value. A promise stored without `await` stays reported.
typedRuleTester().run('no-promise-as-value', rule, {
  valid: [
    // the result was awaited before the assertion gave it a promise type
    `type Api = { run(sql: string): Promise<number>; count(): Promise<number> };
declare const api: Api;
declare const channel: { postMessage(message: unknown): void };
export async function handle(method: keyof Api, callId: string, args: [string]): Promise<void> {
  const result = (await (api[method] as (...a: [string]) => Promise<number>)(...args)) as ReturnType<Api[typeof method]>;
  channel.postMessage({ type: 'rpc-return', callId, result });
}`,
  ],
  invalid: [
    // the result is the promise itself
    {
      code: `type Api = { run(sql: string): Promise<number>; count(): Promise<number> };
declare const api: Api;
declare const channel: { postMessage(message: unknown): void };
export function handleLate(callId: string): void {
  const result = api.count();
  channel.postMessage({ type: 'rpc-return', callId, result });
}`,
      output: null,
      errors: [
        {
          messageId: 'argument',
          line: 6,
          column: 53,
          endLine: 6,
          endColumn: 59,
          suggestions: [],
        },
      ],
    },
  ],
});
