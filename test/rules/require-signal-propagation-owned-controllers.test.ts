import rule from '../../rules/require-signal-propagation.js';
import { typedRuleTester } from '../rule-tester.js';

// Controllers a function or object owns that stand for a caller's cancellation: one aborted when the
// user stops the program (`process.once('SIGINT', () => controller.abort())`), and an object's
// field controller that a method of the class aborts (`stop()`), held in a `const` of a method. Work
// they start must get the signal. A controller that is only the function's own deadline is no one's
// cancellation.
typedRuleTester().run('require-signal-propagation', rule, {
  valid: [
    // The controller is the fetch's own deadline; the record is meant to be written.
    `import { setTimeout as sleep } from 'node:timers/promises';
declare function record(line: string, options?: { signal?: AbortSignal }): Promise<void>;
// The controller is the function's own deadline for the fetch: nothing outside can abort it, and the record is meant to be written.
export async function probe(url: string): Promise<boolean> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5_000);
  try {
    const res = await fetch(url, { signal: controller.signal });
    await record(\`\${url} \${res.status}\`);
    return res.ok;
  } finally {
    clearTimeout(timer);
    await sleep(0);
  }
}`,
  ],
  invalid: [
    // The dosing pump is started without the SIGINT controller's signal.
    {
      code: `import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
const execFileAsync = promisify(execFile);
export async function main(tanks: string[]): Promise<number> {
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  for (const tank of tanks) {
    const res = await fetch(\`http://reef.local/tanks/\${tank}\`, { signal: controller.signal });
    if (!res.ok) return 1;
    await execFileAsync('dosing-pump', ['--tank', tank], { timeout: 60_000 });
    await sleep(30_000, undefined, { signal: controller.signal });
  }
  return 0;
}`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 11,
          column: 11,
          endLine: 11,
          endColumn: 24,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              output: `import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
const execFileAsync = promisify(execFile);
export async function main(tanks: string[]): Promise<number> {
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  for (const tank of tanks) {
    const res = await fetch(\`http://reef.local/tanks/\${tank}\`, { signal: controller.signal });
    if (!res.ok) return 1;
    await execFileAsync('dosing-pump', ['--tank', tank], { timeout: 60_000, signal: controller.signal });
    await sleep(30_000, undefined, { signal: controller.signal });
  }
  return 0;
}`,
            },
          ],
        },
      ],
    },
    // The texture fetches run on after `stop()` aborts the session's controller.
    {
      code: `export class ShowSession {
  private readonly controller = new AbortController();
  constructor(private readonly urls: string[]) {}
  async preload(): Promise<ArrayBuffer[]> {
    const signal = this.controller.signal;
    return Promise.all(
      this.urls.map(async (url) => {
        const res = await fetch(url);
        return res.arrayBuffer();
      }),
    ).finally(() => signal.throwIfAborted());
  }
  stop(): void {
    this.controller.abort();
  }
}`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 8,
          column: 27,
          endLine: 8,
          endColumn: 32,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              output: `export class ShowSession {
  private readonly controller = new AbortController();
  constructor(private readonly urls: string[]) {}
  async preload(): Promise<ArrayBuffer[]> {
    const signal = this.controller.signal;
    return Promise.all(
      this.urls.map(async (url) => {
        const res = await fetch(url, { signal });
        return res.arrayBuffer();
      }),
    ).finally(() => signal.throwIfAborted());
  }
  stop(): void {
    this.controller.abort();
  }
}`,
            },
          ],
        },
      ],
    },
  ],
});
