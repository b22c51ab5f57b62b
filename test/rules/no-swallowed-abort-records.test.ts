import rule from '../../rules/no-swallowed-abort.js';
import { typedRuleTester } from '../rule-tester.js';

// Recording the error for later is not handing it on: a loop that stores each failure and goes
// round again tries the next source with the same aborted signal.
typedRuleTester().run('no-swallowed-abort', rule, {
  valid: [
    // the abort leaves before the failure is announced
    `import { EventEmitter } from 'node:events';
declare function offer(driver: string, options: { signal: AbortSignal }): Promise<boolean>;
export class Dispatcher extends EventEmitter {
  async offerToNearest(drivers: string[], signal: AbortSignal): Promise<string | null> {
    for (const driver of drivers) {
      try {
        if (await offer(driver, { signal })) return driver;
      } catch (error) {
        if (signal.aborted) throw error;
        this.emit('offer-failed', driver, error);
      }
    }
    return null;
  }
}`,
    // the caught error itself is the target's outcome, handed back to the caller: an abort keeps its name there
    `declare function upload(target: string, signal: AbortSignal): Promise<string>;
export async function replicate(targets: string[], signal: AbortSignal): Promise<Record<string, string | Error>> {
  const outcome: Record<string, string | Error> = {};
  await Promise.all(
    targets.map(async (target) => {
      try {
        outcome[target] = await upload(target, signal);
      } catch (error) {
        outcome[target] = error instanceof Error ? error : new Error(String(error));
      }
    }),
  );
  return outcome;
}`,
    // the abort leaves before the failure is recorded
    `declare function download(url: string, options: { signal?: AbortSignal }): Promise<Uint8Array>;
export async function fromMirrors(mirrors: string[], signal?: AbortSignal): Promise<Uint8Array> {
  const failures: unknown[] = [];
  for (const mirror of mirrors) {
    try {
      return await download(mirror, { signal });
    } catch (error) {
      if (signal?.aborted) throw error;
      failures.push(error);
    }
  }
  throw new AggregateError(failures, 'every mirror failed');
}`,
    // the collection lives inside the loop and is thrown at once: the abort leaves in the aggregate
    `declare function download(url: string, options: { signal?: AbortSignal }): Promise<Uint8Array>;
export async function fromMirrors(mirrors: string[], signal?: AbortSignal): Promise<Uint8Array> {
  for (const mirror of mirrors) {
    const failures: unknown[] = [];
    try {
      return await download(mirror, { signal });
    } catch (error) {
      failures.push(error);
      throw new AggregateError(failures, \`mirror \${mirror} failed\`);
    }
  }
  throw new Error('no mirrors');
}`,
  ],
  invalid: [
    // announcing each failure under an event of its own while the loop tries the next driver with the aborted signal: the abort ends as `null`
    {
      code: `import { EventEmitter } from 'node:events';
declare function offer(driver: string, options: { signal: AbortSignal }): Promise<boolean>;
export class Dispatcher extends EventEmitter {
  async offerToNearest(drivers: string[], signal: AbortSignal): Promise<string | null> {
    for (const driver of drivers) {
      try {
        if (await offer(driver, { signal })) return driver;
      } catch (error) {
        this.emit('offer-failed', driver, error);
      }
    }
    return null;
  }
}`,
      errors: [
        {
          messageId: 'swallowedAbortInLoop',
          line: 8,
          column: 9,
          endLine: 8,
          endColumn: 14,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'signal' },
              output: `import { EventEmitter } from 'node:events';
declare function offer(driver: string, options: { signal: AbortSignal }): Promise<boolean>;
export class Dispatcher extends EventEmitter {
  async offerToNearest(drivers: string[], signal: AbortSignal): Promise<string | null> {
    for (const driver of drivers) {
      try {
        if (await offer(driver, { signal })) return driver;
      } catch (error) {
        signal.throwIfAborted();
        this.emit('offer-failed', driver, error);
      }
    }
    return null;
  }
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `import { EventEmitter } from 'node:events';
declare function offer(driver: string, options: { signal: AbortSignal }): Promise<boolean>;
export class Dispatcher extends EventEmitter {
  async offerToNearest(drivers: string[], signal: AbortSignal): Promise<string | null> {
    for (const driver of drivers) {
      try {
        if (await offer(driver, { signal })) return driver;
      } catch (error) {
        if (error instanceof Error && error.name === 'AbortError') throw error;
        this.emit('offer-failed', driver, error);
      }
    }
    return null;
  }
}`,
            },
          ],
        },
      ],
    },
    // only a word is recorded: the caller cannot tell an abort from a failure
    {
      code: `declare function upload(target: string, signal: AbortSignal): Promise<string>;
export async function replicate(targets: string[], signal: AbortSignal): Promise<Record<string, string>> {
  const outcome: Record<string, string> = {};
  await Promise.all(
    targets.map(async (target) => {
      try {
        outcome[target] = await upload(target, signal);
      } catch {
        outcome[target] = 'failed';
      }
    }),
  );
  return outcome;
}`,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 8,
          column: 9,
          endLine: 8,
          endColumn: 14,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'signal' },
              output: `declare function upload(target: string, signal: AbortSignal): Promise<string>;
export async function replicate(targets: string[], signal: AbortSignal): Promise<Record<string, string>> {
  const outcome: Record<string, string> = {};
  await Promise.all(
    targets.map(async (target) => {
      try {
        outcome[target] = await upload(target, signal);
      } catch {
        signal.throwIfAborted();
        outcome[target] = 'failed';
      }
    }),
  );
  return outcome;
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `declare function upload(target: string, signal: AbortSignal): Promise<string>;
export async function replicate(targets: string[], signal: AbortSignal): Promise<Record<string, string>> {
  const outcome: Record<string, string> = {};
  await Promise.all(
    targets.map(async (target) => {
      try {
        outcome[target] = await upload(target, signal);
      } catch (error) {
        if (error instanceof Error && error.name === 'AbortError') throw error;
        outcome[target] = 'failed';
      }
    }),
  );
  return outcome;
}`,
            },
          ],
        },
      ],
    },
    // each mirror's failure is stored and the loop tries the next one, an abort included
    {
      code: `declare function download(url: string, options: { signal?: AbortSignal }): Promise<Uint8Array>;
export async function fromMirrors(mirrors: string[], signal?: AbortSignal): Promise<Uint8Array> {
  const failures: unknown[] = [];
  for (const mirror of mirrors) {
    try {
      return await download(mirror, { signal });
    } catch (error) {
      failures.push(error);
    }
  }
  throw new AggregateError(failures, 'every mirror failed');
}`,
      errors: [
        {
          messageId: 'swallowedAbortInLoop',
          line: 7,
          column: 7,
          endLine: 7,
          endColumn: 12,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'signal' },
              output: `declare function download(url: string, options: { signal?: AbortSignal }): Promise<Uint8Array>;
export async function fromMirrors(mirrors: string[], signal?: AbortSignal): Promise<Uint8Array> {
  const failures: unknown[] = [];
  for (const mirror of mirrors) {
    try {
      return await download(mirror, { signal });
    } catch (error) {
      signal?.throwIfAborted();
      failures.push(error);
    }
  }
  throw new AggregateError(failures, 'every mirror failed');
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `declare function download(url: string, options: { signal?: AbortSignal }): Promise<Uint8Array>;
export async function fromMirrors(mirrors: string[], signal?: AbortSignal): Promise<Uint8Array> {
  const failures: unknown[] = [];
  for (const mirror of mirrors) {
    try {
      return await download(mirror, { signal });
    } catch (error) {
      if (error instanceof Error && error.name === 'AbortError') throw error;
      failures.push(error);
    }
  }
  throw new AggregateError(failures, 'every mirror failed');
}`,
            },
          ],
        },
      ],
    },
  ],
});
