import rule from '../../rules/require-signal-propagation.js';
import { typedRuleTester } from '../rule-tester.js';

// A loop of the object's own whose signal comes from a controller the object keeps in a field,
// stopped by a `stop()` that aborts that controller and then waits for the loop: a timer the abort
// cannot cut short holds the stop for its whole delay, even when the loop only polls the signal and
// ends quietly. A quiet loop whose stop does not wait, or a sleep that takes the signal, is fine.
typedRuleTester().run('require-signal-propagation', rule, {
  valid: [
    // The quiet loop ends after its last nap, and nothing waits for it.
    `function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
export class Heartbeat {
  #controller = new AbortController();
  beats = 0;
  start(): void {
    void this.#loop();
  }
  // Stopping does not wait for the loop: it notices the abort after its last nap and ends quietly.
  stop(): void {
    this.#controller.abort();
  }
  async #loop(): Promise<void> {
    const signal = this.#controller.signal;
    while (!signal.aborted) {
      this.beats++;
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
    // A quiet polled loop, but `stop()` waits for it: the nap holds the stop.
    {
      code: `function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
export class Heartbeat {
  #controller = new AbortController();
  #done: Promise<void> = Promise.resolve();
  beats = 0;
  start(): void {
    this.#done = this.#loop();
  }
  async stop(): Promise<void> {
    this.#controller.abort();
    await this.#done;
  }
  async #loop(): Promise<void> {
    const signal = this.#controller.signal;
    while (!signal.aborted) {
      this.beats++;
      await wait(60_000);
    }
  }
}`,
      errors: [{ messageId: 'uncancellableWait', line: 19, column: 7, endLine: 19, endColumn: 25 }],
    },
  ],
});
