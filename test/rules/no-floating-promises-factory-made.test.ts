import rule from '../../rules/no-floating-promises.js';
import { typedRuleTester } from '../rule-tester.js';

// A function value that a factory of this program makes (`const refresh = debounced(load)`),
// where every `return` of the factory is an async function written there, rejects instead of
// throwing when it is called: an async callback that only calls it (dropping that promise, which
// is reported where it is dropped) has nothing of its own that can reject. A factory that hands
// back a plain function, on any of its paths, keeps the callback able to throw.
typedRuleTester().run('no-floating-promises', rule, {
  valid: [
    // the debounced refresh is an async function: the callback around it cannot reject (its dropped call is reported on its own)
    `function debounced<A extends unknown[]>(fn: (...args: A) => Promise<void>): (...args: A) => Promise<void> {
  let running = false;
  return async (...args: A) => {
    if (running) return;
    running = true;
    try {
      await fn(...args);
    } finally {
      running = false;
    }
  };
}
declare function onChange(channel: string, listener: () => void): void;
export function watch(load: () => Promise<void>): void {
  const refresh = debounced(load);
  onChange('hives', async () => {
    void refresh();
  });
}`,
    // an arrow factory whose expression body is an async function
    `const guarded =
  <T,>(task: () => Promise<T>) =>
  async (): Promise<T | undefined> => {
    try {
      return await task();
    } catch {
      return undefined;
    }
  };
declare function every(ms: number, tick: () => void): void;
export function poll(read: () => Promise<number>): void {
  const sample = guarded(read);
  every(1000, async () => {
    void sample();
  });
}`,
  ],
  invalid: [
    // on one path the factory hands back a plain function, which throws when called
    {
      code: `function limited(fn: () => Promise<void>, max: number): () => Promise<void> {
  if (max <= 0) {
    return () => {
      throw new Error('no capacity');
    };
  }
  return async () => {
    await fn();
  };
}
declare function onChange(channel: string, listener: () => void): void;
export function watch(load: () => Promise<void>): void {
  const refresh = limited(load, 2);
  onChange('hives', async () => {
    void refresh();
  });
}`,
      output: null,
      errors: [
        {
          messageId: 'asyncCallbackIgnored',
          line: 14,
          column: 21,
          endLine: 16,
          endColumn: 4,
          suggestions: [
            {
              messageId: 'suggestTryCatch',
              output: `function limited(fn: () => Promise<void>, max: number): () => Promise<void> {
  if (max <= 0) {
    return () => {
      throw new Error('no capacity');
    };
  }
  return async () => {
    await fn();
  };
}
declare function onChange(channel: string, listener: () => void): void;
export function watch(load: () => Promise<void>): void {
  const refresh = limited(load, 2);
  onChange('hives', async () => {
    try {
      void refresh();
    } catch (error: unknown) {
      console.error(error);
    }
  });
}`,
            },
          ],
        },
      ],
    },
  ],
});
