import rule from '../../rules/no-reused-settled-promise.js';
import { typedRuleTester } from '../rule-tester.js';

// A poll loop whose wait between checks moves a fake clock on (`await vi.advanceTimersByTimeAsync(1_000)`)
// waits as a sleep does: re-awaiting one status promise sees its first answer every time. Asking again
// on each poll is fine.
typedRuleTester().run('no-reused-settled-promise', rule, {
  valid: [
    // each poll asks for the status again
    {
      code: `import { vi } from 'vitest';
type Status = 'pending' | 'confirmed';
declare const api: { status(id: string): Promise<Status> };
export async function waitForStatus(id: string, want: Status): Promise<void> {
  for (let i = 0; i < 10; i++) {
    if ((await api.status(id)) === want) return;
    await vi.advanceTimersByTimeAsync(1_000);
  }
  throw new Error(\`\${id} never reached \${want}\`);
}`,
      filename: 'loud.spec.ts',
    },
  ],
  invalid: [
    // the test helper polls one status promise while moving the fake clock on
    {
      code: `import { vi } from 'vitest';
type Status = 'pending' | 'confirmed';
declare const api: { status(id: string): Promise<Status> };
export async function waitForStatus(id: string, want: Status): Promise<void> {
  const current = api.status(id);
  for (let i = 0; i < 10; i++) {
    if ((await current) === want) return;
    await vi.advanceTimersByTimeAsync(1_000);
  }
  throw new Error(\`\${id} never reached \${want}\`);
}`,
      filename: 'loud.spec.ts',
      errors: [
        {
          messageId: 'polledSettledPromise',
          line: 7,
          column: 16,
          endLine: 7,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'suggestFactoryLocal',
              output: `import { vi } from 'vitest';
type Status = 'pending' | 'confirmed';
declare const api: { status(id: string): Promise<Status> };
export async function waitForStatus(id: string, want: Status): Promise<void> {
  const current = () => api.status(id);
  for (let i = 0; i < 10; i++) {
    if ((await current()) === want) return;
    await vi.advanceTimersByTimeAsync(1_000);
  }
  throw new Error(\`\${id} never reached \${want}\`);
}`,
            },
          ],
        },
      ],
    },
  ],
});
