// A function that declares it takes a signal, starts work that lasts, and never reads the signal (`unobservedSignal`).
import rule from '../../rules/require-signal-propagation.js';
import { typedRuleTester } from '../rule-tester.js';

typedRuleTester().run('require-signal-propagation', rule, {
  valid: [
    // In a test file, a helper that waits once is not judged: the runner's timeout ends it.
    {
      code: `import { setTimeout as sleep } from 'node:timers/promises';
async function flushOnce({ delayMs = 5 }: { delayMs?: number; signal?: AbortSignal } = {}): Promise<void> {
  await sleep(delayMs);
}
export async function run(controller: AbortController): Promise<void> {
  await flushOnce({ signal: controller.signal });
}`,
      filename: 'loud.spec.ts',
    },
    // The pattern takes the signal and passes it on; a helper whose callers never give a signal.
    `import { setTimeout as sleep } from 'node:timers/promises';
async function waitFor(
  check: () => boolean,
  { intervalMs = 5, signal }: { intervalMs?: number; signal?: AbortSignal } = {},
): Promise<void> {
  while (!check()) await sleep(intervalMs, undefined, { signal });
}
async function settle({ delayMs = 5 }: { delayMs?: number; signal?: AbortSignal } = {}): Promise<void> {
  await sleep(delayMs);
}
export async function run(controller: AbortController, fixes: number[]): Promise<void> {
  await waitFor(() => fixes.length >= 3, { signal: controller.signal });
}
export async function idle(): Promise<void> {
  await settle({ delayMs: 1 });
}`,
    // a signal property set to nothing on purpose (a command that cannot be taken back once sent)
    `interface CommandOptions { abortSignal?: AbortSignal; timeout?: number; asap?: boolean }
interface Queued { args: string[]; abort: { signal: AbortSignal } | undefined; resolve(): void; reject(err: Error): void }
export class Queue {
  private readonly toWrite: Queued[] = [];
  monitor(onReply: (reply: string) => void, options?: CommandOptions): Promise<void> {
    // MONITOR cannot be taken back once sent: no abort on purpose
    return new Promise((resolve, reject) => {
      this.toWrite.push({ args: ['MONITOR'], abort: undefined, resolve, reject });
      if (options?.asap) onReply('OK');
    });
  }
}`,
    // options of a type another module declares: a shared bag handed through a helper that was never the one to cancel
    `import type { SharedRequestOptions } from './helpers';
export async function parseBody(response: Response, options: SharedRequestOptions | undefined): Promise<unknown> {
  if (options?.stream) return response.body;
  return await response.json();
}`,
    // the abort listener terminates the worker: the signal is observed
    `import { Worker } from 'node:worker_threads';
export interface SolveOptions { signal?: AbortSignal; maxIterations?: number }
export function solve(jobs: string[], options: SolveOptions = {}): Promise<string[]> {
  const worker = new Worker('./solver.js', { workerData: { jobs, maxIterations: options.maxIterations ?? 1000 } });
  options.signal?.addEventListener('abort', () => void worker.terminate(), { once: true });
  return new Promise((resolve, reject) => {
    worker.once('message', (plans: string[]) => resolve(plans));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(\`solver exited with \${code}\`)));
  });
}`,
    // a callback's and an interface implementation's parameters are typed by someone else: the signal is offered, not promised
    `declare function register(handler: (id: string, options: { signal?: AbortSignal }) => Promise<void>): void;
declare function save(id: string): Promise<void>;
register(async (id: string, options: { signal?: AbortSignal }) => {
  await save(id);
});
export interface Store { put(id: string, options: { signal?: AbortSignal }): Promise<void> }
export class MemoryStore implements Store {
  private readonly ids = new Set<string>();
  async put(id: string, options: { signal?: AbortSignal }): Promise<void> {
    await Promise.resolve();
    this.ids.add(id);
  }
}`,
    // a microtask turn is no lasting work; a generator is paced by its consumer; an ignored parameter; a call given a signal of its own on purpose
    `declare function poll(id: string, signal?: AbortSignal): Promise<boolean>;
declare function read(): Promise<string | undefined>;
export async function probe(id: string, signal: AbortSignal): Promise<boolean> {
  // the probe has its own deadline on purpose
  return await poll(id, AbortSignal.timeout(500));
}
export async function* lines(signal: AbortSignal) {
  for (;;) {
    const line = await read();
    if (line === undefined) return;
    yield line;
  }
}
export async function flush(entries: string[], _signal?: AbortSignal): Promise<number> {
  await read();
  return entries.length;
}
export async function tick(signal: AbortSignal): Promise<number> {
  await Promise.resolve();
  return 1;
}`,
  ],
  invalid: [
    // In a test file, a helper that polls and drops the signal its callers give turns an abort into a wait for the whole poll.
    {
      code: `import { setTimeout as sleep } from 'node:timers/promises';
async function waitFor(
  check: () => boolean,
  { timeoutMs = 1_000, intervalMs = 5 }: { timeoutMs?: number; intervalMs?: number; signal?: AbortSignal } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await sleep(intervalMs);
  }
}
export async function run(controller: AbortController, fixes: number[]): Promise<void> {
  await waitFor(() => fixes.length >= 3, { signal: controller.signal });
}`,
      filename: 'loud.spec.ts',
      output: null,
      errors: [
        {
          messageId: 'unobservedSignal',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 112,
          suggestions: [
            {
              messageId: 'suggestCheckSignalFirst',
              output: `import { setTimeout as sleep } from 'node:timers/promises';
async function waitFor(
  check: () => boolean,
  { timeoutMs = 1_000, intervalMs = 5, signal }: { timeoutMs?: number; intervalMs?: number; signal?: AbortSignal } = {},
): Promise<void> {
  signal?.throwIfAborted();
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await sleep(intervalMs);
  }
}
export async function run(controller: AbortController, fixes: number[]): Promise<void> {
  await waitFor(() => fixes.length >= 3, { signal: controller.signal });
}`,
            },
          ],
        },
      ],
    },
    // Options destructured in place without their `signal`: the signal a caller gives is dropped on arrival.
    {
      code: `import { setTimeout as sleep } from 'node:timers/promises';
async function waitFor(
  check: () => boolean,
  { timeoutMs = 1_000, intervalMs = 5 }: { timeoutMs?: number; intervalMs?: number; signal?: AbortSignal } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await sleep(intervalMs);
  }
}
export async function run(controller: AbortController, fixes: number[]): Promise<void> {
  await waitFor(() => fixes.length >= 3, { signal: controller.signal });
}`,
      output: null,
      errors: [
        {
          messageId: 'unobservedSignal',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 112,
          suggestions: [
            {
              messageId: 'suggestCheckSignalFirst',
              output: `import { setTimeout as sleep } from 'node:timers/promises';
async function waitFor(
  check: () => boolean,
  { timeoutMs = 1_000, intervalMs = 5, signal }: { timeoutMs?: number; intervalMs?: number; signal?: AbortSignal } = {},
): Promise<void> {
  signal?.throwIfAborted();
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await sleep(intervalMs);
  }
}
export async function run(controller: AbortController, fixes: number[]): Promise<void> {
  await waitFor(() => fixes.length >= 3, { signal: controller.signal });
}`,
            },
          ],
        },
      ],
    },
    // the callee takes no signal, and nothing reads the one in hand: a check on entry is the least
    {
      code: `declare function save(id: string, options?: { retries?: number }): Promise<void>;
async function f(signal: AbortSignal) { await save('a', { retries: 2 }); }`,
      output: null,
      errors: [
        {
          messageId: 'unobservedSignal',
          line: 2,
          column: 18,
          endLine: 2,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'suggestCheckSignalFirst',
              output: `declare function save(id: string, options?: { retries?: number }): Promise<void>;
async function f(signal: AbortSignal) { signal.throwIfAborted(); await save('a', { retries: 2 }); }`,
            },
          ],
        },
      ],
    },
    // options.signal is never read while the worker runs to its end: only the other options are
    {
      code: `import { Worker } from 'node:worker_threads';
export interface SolveOptions { signal?: AbortSignal; maxIterations?: number }
export function solve(jobs: string[], options: SolveOptions = {}): Promise<string[]> {
  const worker = new Worker('./solver.js', { workerData: { jobs, maxIterations: options.maxIterations ?? 1000 } });
  return new Promise((resolve, reject) => {
    worker.once('message', (plans: string[]) => resolve(plans));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(\`solver exited with \${code}\`)));
  });
}`,
      output: null,
      errors: [
        {
          messageId: 'unobservedSignal',
          line: 3,
          column: 39,
          endLine: 3,
          endColumn: 65,
          suggestions: [
            {
              messageId: 'suggestCheckSignalFirst',
              output: `import { Worker } from 'node:worker_threads';
export interface SolveOptions { signal?: AbortSignal; maxIterations?: number }
export function solve(jobs: string[], options: SolveOptions = {}): Promise<string[]> {
  options.signal?.throwIfAborted();
  const worker = new Worker('./solver.js', { workerData: { jobs, maxIterations: options.maxIterations ?? 1000 } });
  return new Promise((resolve, reject) => {
    worker.once('message', (plans: string[]) => resolve(plans));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(\`solver exited with \${code}\`)));
  });
}`,
            },
          ],
        },
      ],
    },
    // an arrow a const holds: the destructured signal is never read, with or without a block body (no suggestion without one)
    {
      code: `declare function save(id: string, options?: { retries?: number }): Promise<void>;
export const store = async (id: string, { signal }: { signal?: AbortSignal } = {}): Promise<void> => save(id, { retries: 2 }).then(() => undefined);
export const archive = async (id: string, { signal }: { signal?: AbortSignal } = {}): Promise<void> => {
  await save(id, { retries: 2 });
};`,
      output: null,
      errors: [
        {
          messageId: 'unobservedSignal',
          line: 2,
          column: 41,
          endLine: 2,
          endColumn: 82,
          suggestions: [],
        },
        {
          messageId: 'unobservedSignal',
          line: 3,
          column: 43,
          endLine: 3,
          endColumn: 84,
          suggestions: [
            {
              messageId: 'suggestCheckSignalFirst',
              output: `declare function save(id: string, options?: { retries?: number }): Promise<void>;
export const store = async (id: string, { signal }: { signal?: AbortSignal } = {}): Promise<void> => save(id, { retries: 2 }).then(() => undefined);
export const archive = async (id: string, { signal }: { signal?: AbortSignal } = {}): Promise<void> => {
  signal?.throwIfAborted();
  await save(id, { retries: 2 });
};`,
            },
          ],
        },
      ],
    },
    // a method of a class of its own awaits the kiln and never reads signal; nothing it calls takes one
    {
      code: `declare const kiln: { heatTo(celsius: number): Promise<void>; hold(minutes: number): Promise<void> };
export class FiringSchedule {
  async fire(steps: { celsius: number; minutes: number }[], signal: AbortSignal): Promise<number> {
    let held = 0;
    const [first, ...rest] = steps;
    if (!first) return held;
    await kiln.heatTo(first.celsius);
    await kiln.hold(first.minutes);
    held += first.minutes;
    return held + rest.length;
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'unobservedSignal',
          line: 3,
          column: 61,
          endLine: 3,
          endColumn: 80,
          suggestions: [
            {
              messageId: 'suggestCheckSignalFirst',
              output: `declare const kiln: { heatTo(celsius: number): Promise<void>; hold(minutes: number): Promise<void> };
export class FiringSchedule {
  async fire(steps: { celsius: number; minutes: number }[], signal: AbortSignal): Promise<number> {
    signal.throwIfAborted();
    let held = 0;
    const [first, ...rest] = steps;
    if (!first) return held;
    await kiln.heatTo(first.celsius);
    await kiln.hold(first.minutes);
    held += first.minutes;
    return held + rest.length;
  }
}`,
            },
          ],
        },
      ],
    },
  ],
});
