// Waits an abort cannot cut short: timers nothing can clear, awaited while a signal is in hand.
import rule from '../../rules/require-signal-propagation.js';
import { typedRuleTester } from '../rule-tester.js';

typedRuleTester().run('require-signal-propagation', rule, {
  valid: [
    // a signal-aware sleep from node:timers/promises
    `import { setTimeout as sleep } from 'node:timers/promises';
declare function status(id: string, options: { signal: AbortSignal }): Promise<string>;
export async function waitDone(id: string, signal: AbortSignal): Promise<void> {
  while ((await status(id, { signal })) !== 'done') await sleep(2_000, undefined, { signal });
}`,
    // a yield to the event loop is no wait
    `declare function step(options: { signal: AbortSignal }): Promise<boolean>;
export async function drain(signal: AbortSignal): Promise<void> {
  while (await step({ signal })) await new Promise<void>((resolve) => setTimeout(resolve, 0));
}`,
    // a short delay named by a constant: a turn of the event loop, in a browser render loop
    `const FRAME_MS = 16;
declare function paint(options: { signal: AbortSignal }): Promise<boolean>;
export async function animate(signal: AbortSignal): Promise<void> {
  while (await paint({ signal })) await new Promise<void>((resolve) => setTimeout(resolve, FRAME_MS));
}`,
    // a sleep raced against the abort of the same signal
    `declare function ping(options: { signal: AbortSignal }): Promise<void>;
declare function sleep(ms: number): Promise<void>;
export async function keepAlive(signal: AbortSignal): Promise<void> {
  const aborted = new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
  for (;;) {
    await ping({ signal });
    await Promise.race([sleep(10_000), aborted]);
    if (signal.aborted) return;
  }
}`,
    // no signal in hand: nothing to cut the wait short with
    `declare function sleep(ms: number): Promise<void>;
declare function tryLock(): Promise<boolean>;
export async function lock(): Promise<void> {
  while (!(await tryLock())) await sleep(500);
}`,
    // test code: the runner ends the test, not a caller abort
    `import { it } from 'vitest';
declare function sleep(ms: number): Promise<void>;
declare function start(options: { signal: AbortSignal }): Promise<void>;
it('restarts', async () => {
  const controller = new AbortController();
  await start({ signal: controller.signal });
  await sleep(1_000);
  controller.abort();
});`,
  ],
  invalid: [
    // a test file's helper holding its own signal parameter waits out a plain timer
    {
      code: `import { it } from 'vitest';
declare const thermostat: { state(id: string): Promise<string> };
async function waitForState(id: string, wanted: string, signal: AbortSignal): Promise<void> {
  while ((await thermostat.state(id)) !== wanted) {
    signal.throwIfAborted();
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
it('reaches the scene', async () => {
  await waitForState('hall', 'eco', AbortSignal.timeout(5000));
});`,
      errors: [
        {
          messageId: 'uncancellableWait',
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 61,
          suggestions: [],
        },
      ],
    },
    // a poll interval with a bare new Promise(setTimeout) while the signal is in hand
    {
      code: `import { setTimeout as delay } from 'node:timers/promises';
declare const API: string;
export async function waitForBuild(id: string, opts: { signal: AbortSignal; intervalMs?: number }): Promise<string> {
  const interval = opts.intervalMs ?? 5_000;
  for (;;) {
    const res = await fetch(\`\${API}/builds/\${id}\`, { signal: opts.signal });
    const { state } = (await res.json()) as { state: string };
    if (state !== 'running') return state;
    await new Promise<void>((resolve) => setTimeout(resolve, interval));
  }
}`,
      errors: [
        {
          messageId: 'uncancellableWait',
          line: 9,
          column: 5,
          endLine: 9,
          endColumn: 72,
          suggestions: [
            {
              messageId: 'suggestSignalAwareSleep',
              data: { sleep: 'delay', signal: 'opts.signal' },
              output: `import { setTimeout as delay } from 'node:timers/promises';
declare const API: string;
export async function waitForBuild(id: string, opts: { signal: AbortSignal; intervalMs?: number }): Promise<string> {
  const interval = opts.intervalMs ?? 5_000;
  for (;;) {
    const res = await fetch(\`\${API}/builds/\${id}\`, { signal: opts.signal });
    const { state } = (await res.json()) as { state: string };
    if (state !== 'running') return state;
    await delay(interval, undefined, { signal: opts.signal });
  }
}`,
            },
          ],
        },
      ],
    },
    // browser: a retry back-off through a sleep helper built on setTimeout, in the catch clause
    {
      code: `const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
export async function getWithRetry(url: string, signal: AbortSignal): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetch(url, { signal });
    } catch (error) {
      signal.throwIfAborted();
      if (attempt >= 3) throw error;
      await sleep(2 ** attempt * 1_000);
    }
  }
}`,
      errors: [{ messageId: 'uncancellableWait', line: 9, column: 7, endLine: 9, endColumn: 40, suggestions: [] }],
    },
    // worker: a job loop that idles through a sleep function while the signal is in hand
    {
      code: `declare function nextJob(options: { signal: AbortSignal }): Promise<string | undefined>;
declare function handle(job: string): Promise<void>;
function idle(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
export async function work(signal: AbortSignal): Promise<never> {
  for (;;) {
    const job = await nextJob({ signal });
    if (job) await handle(job);
    else await idle(30_000);
  }
}`,
      errors: [{ messageId: 'uncancellableWait', line: 10, column: 10, endLine: 10, endColumn: 28, suggestions: [] }],
    },
  ],
});
