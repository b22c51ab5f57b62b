import rule from '../../rules/no-unobserved-promise.js';
import { typedRuleTester } from '../rule-tester.js';

// A loop over `ps.entries()` awaits the array's promises one by one, as `for (const p of ps)` does;
// promises observed as they are made (a `.map` attaching a handler) leave no window.
typedRuleTester().run('no-unobserved-promise', rule, {
  valid: [
    `declare function download(hash: string): Promise<Uint8Array>;
declare function write(data: Uint8Array): Promise<void>;
export async function restore(hashes: string[]): Promise<void> {
  const downloads = hashes.map((hash) => {
    const pending = download(hash);
    pending.catch(() => {});
    return pending;
  });
  for (const [i, pending] of downloads.entries()) {
    const data = await pending;
    if (data.length === 0) throw new Error(\`chunk \${i} is empty\`);
    await write(data);
  }
}`,
  ],
  invalid: [
    // a later download that rejects while an earlier one is written has no handler
    {
      code: `declare function download(hash: string): Promise<Uint8Array>;
declare function write(data: Uint8Array): Promise<void>;
export async function restore(hashes: string[]): Promise<void> {
  const downloads = hashes.map((hash) => download(hash));
  for (const [i, pending] of downloads.entries()) {
    const data = await pending;
    if (data.length === 0) throw new Error(\`chunk \${i} is empty\`);
    await write(data);
  }
}`,
      errors: [
        {
          messageId: 'sequentialLoop',
          line: 5,
          column: 30,
          endLine: 5,
          endColumn: 49,
          suggestions: [],
        },
      ],
    },
  ],
});
