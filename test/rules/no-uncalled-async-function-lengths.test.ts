import rule from '../../rules/no-uncalled-async-function.js';
import { typedRuleTester } from '../rule-tester.js';

// A function has a `length` and a `name` only by accident: reading them off a combinator's slot
// reads a value, so the function there was meant to be called.
typedRuleTester().run('no-uncalled-async-function', rule, {
  valid: [
    // the slot is called later: a function was meant
    `declare function listMembers(org: string): Promise<string[]>;
export async function listInvites(org: string): Promise<string[]> {
  return [org];
}
export async function summary(org: string) {
  const [members, loadInvites] = await Promise.all([listMembers(org), listInvites]);
  return { members: members.length, invites: (await loadInvites(org)).length };
}`,
  ],
  invalid: [
    // `invites.length` counts the function's parameters, not the invites
    {
      code: `declare function listMembers(org: string): Promise<string[]>;
export async function listInvites(org: string): Promise<string[]> {
  return [org];
}
export async function summary(org: string) {
  const [members, invites] = await Promise.all([listMembers(org), listInvites]);
  return { members: members.length, invites: invites.length };
}`,
      errors: [
        {
          messageId: 'uncalledInCombinator',
          line: 6,
          column: 67,
          endLine: 6,
          endColumn: 78,
          suggestions: [],
        },
      ],
    },
  ],
});
