import rule from '../../rules/require-signal-propagation.js';
import { typedRuleTester } from '../rule-tester.js';

// A loop of the object's own whose signal comes from a controller the object keeps in a field,
// stopped by a `stop()` that aborts that controller and then waits for the loop: a timer the abort
// cannot cut short holds the stop for its whole delay, even though the loop polls the signal and
// ends quietly. A stop that does not wait, or a sleep that takes the signal, is fine.
typedRuleTester().run('require-signal-propagation', rule, {
  valid: [
    // The stop does not wait for the loop to end.
    `function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
export class Sync {
  #controller = new AbortController();
  #done: Promise<void> | null = null;
  start(): void {
    this.#done ??= this.#loop().catch(() => {});
  }
  async stop(): Promise<void> {
    this.#controller.abort();
    // Stopping does not wait for the loop: it ends on its own after its last nap.
    void this.#done;
  }
  async #loop(): Promise<void> {
    const signal = this.#controller.signal;
    while (!signal.aborted) {
      try {
        await fetch('https://x', { signal });
      } catch (err) {
        if (signal.aborted) return;
      }
      await wait(60_000);
    }
  }
}`,
    // The nap takes the signal and ends at the abort.
    `import { setTimeout as wait } from 'node:timers/promises';
export class Sync {
  #controller = new AbortController();
  #done: Promise<void> | null = null;
  start(): void {
    this.#done ??= this.#loop().catch(() => {});
  }
  async stop(): Promise<void> {
    this.#controller.abort();
    await this.#done;
  }
  async #loop(): Promise<void> {
    const signal = this.#controller.signal;
    while (!signal.aborted) {
      try {
        await fetch('https://x', { signal });
      } catch (err) {
        if (signal.aborted) return;
      }
      await wait(60_000, undefined, { signal }).catch(() => {});
    }
  }
}`,
  ],
  invalid: [
    // `stop()` waits out the minute-long nap before the loop sees the abort.
    {
      code: `function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
export class Sync {
  #controller = new AbortController();
  #done: Promise<void> | null = null;
  start(): void {
    this.#done ??= this.#loop().catch(() => {});
  }
  async stop(): Promise<void> {
    this.#controller.abort();
    await this.#done;
  }
  async #loop(): Promise<void> {
    const signal = this.#controller.signal;
    while (!signal.aborted) {
      try {
        await fetch('https://x', { signal });
      } catch (err) {
        if (signal.aborted) return;
      }
      await wait(60_000);
    }
  }
}`,
      errors: [{ messageId: 'uncancellableWait', line: 22, column: 7, endLine: 22, endColumn: 25 }],
    },
  ],
});
