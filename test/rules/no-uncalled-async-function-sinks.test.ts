import rule from '../../rules/no-uncalled-async-function.js';
import { typedRuleTester } from '../rule-tester.js';

// A JSON response serializes what it is given: a function there is dropped, never called.
typedRuleTester().run('no-uncalled-async-function', rule, {
  valid: [
    // the slot's function is handed to a registry that takes a handler
    `declare function loadProfile(id: string): Promise<{ name: string }>;
declare const router: { json(body: unknown): Response; register(name: string, handler: () => Promise<unknown>): void };
export async function dashboard(id: string): Promise<Response> {
  const refresh = async () => loadProfile(id);
  const [profile, handler] = await Promise.all([loadProfile(id), refresh]);
  router.register('refresh', handler);
  return router.json({ profile });
}`,
  ],
  invalid: [
    // the uncalled loader's slot goes into `Response.json`, which drops functions
    {
      code: `declare function loadProfile(id: string): Promise<{ name: string }>;
declare function loadTotals(id: string): Promise<number>;
export async function dashboard(id: string): Promise<Response> {
  const fetchUsage = async () => ({ total: await loadTotals(id) });
  const [profile, usage] = await Promise.all([loadProfile(id), fetchUsage]);
  return Response.json({ profile, usage });
}`,
      output: `declare function loadProfile(id: string): Promise<{ name: string }>;
declare function loadTotals(id: string): Promise<number>;
export async function dashboard(id: string): Promise<Response> {
  const fetchUsage = async () => ({ total: await loadTotals(id) });
  const [profile, usage] = await Promise.all([loadProfile(id), fetchUsage()]);
  return Response.json({ profile, usage });
}`,
      errors: [
        {
          messageId: 'uncalledInCombinator',
          line: 5,
          column: 64,
          endLine: 5,
          endColumn: 74,
          suggestions: [],
        },
      ],
    },
  ],
});
