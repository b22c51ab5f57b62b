import rule from '../../rules/no-read-before-settle.js';
import { typedRuleTester } from '../rule-tester.js';

// A local that no later-running function reads is written in a callback only for the declaring
// function's own reads: behind a guard on the value itself (`if (!confirmed) rl.question(…)`), the
// read after the guard still sees the old value on the path that asked. A local also read by a
// renderer the callback calls, or a field refreshed for later calls, keeps the guard's exemption.
typedRuleTester().run('no-read-before-settle', rule, {
  valid: [
    // The callback repaints through a closure that reads the local later.
    `declare function loadProfile(id: string): Promise<{ name: string }>;
declare function render(name: string): void;
// The callback's write is for the renderer that reads the local later; the read now takes the cached value on purpose.
export function showProfile(id: string, cached: { name: string } | undefined): string {
  let profile = cached;
  const paint = () => render(profile?.name ?? '…');
  if (!profile) {
    loadProfile(id).then((loaded) => {
      profile = loaded;
      paint();
    }, console.error);
  }
  return profile?.name ?? 'loading';
}`,
    // A field refreshed in the background for later calls.
    `declare function loadProfile(id: string): Promise<{ name: string }>;
// A field refreshed in the background for later calls: this call answers from what is there.
export class Profiles {
  private profile: { name: string } | undefined;
  private loading = false;
  name(id: string): string {
    if (!this.profile && !this.loading) {
      this.loading = true;
      loadProfile(id).then((loaded) => {
        this.profile = loaded;
        this.loading = false;
      }, console.error);
    }
    return this.profile?.name ?? 'loading';
  }
}`,
  ],
  invalid: [
    // The answer is read before the question's callback has run.
    {
      code: `import { createInterface } from 'node:readline';
export function confirmUpload(flags: string[]): boolean {
  let confirmed = flags.includes('--yes');
  if (!confirmed) {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    rl.question('Upload now? [y/N] ', (answer) => {
      confirmed = answer.trim().toLowerCase() === 'y';
      rl.close();
    });
  }
  return confirmed;
}`,
      errors: [{ messageId: 'readBeforeSettle', line: 11, column: 10, endLine: 11, endColumn: 19 }],
    },
  ],
});
