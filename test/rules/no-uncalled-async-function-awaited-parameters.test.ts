import rule from '../../rules/no-uncalled-async-function.js';
import { typedRuleTester } from '../rule-tester.js';

// A function of this file that awaits its parameter as it is (`await work`) and never calls it
// expects a promise (or a value) there. Handed a promise-returning function uncalled, its `await`
// settles with the function itself and the work never runs.
typedRuleTester().run('no-uncalled-async-function', rule, {
  valid: [
    // the recalculation is called and its promise handed on
    `class Standings {
  private async timed<T>(label: string, work: T | Promise<T>): Promise<T> {
    const started = Date.now();
    const value = await work;
    console.log(label, Date.now() - started);
    return value;
  }
  async recalculate(): Promise<void> {}
  async recompute(): Promise<void> {
    await this.timed('standings', this.recalculate());
  }
}`,
    // a helper that calls what it is given may take the function itself
    `class Standings {
  private async timed<T>(label: string, work: () => Promise<T>): Promise<T> {
    const started = Date.now();
    const value = await work();
    console.log(label, Date.now() - started);
    return value;
  }
  async recalculate(): Promise<void> {}
  async recompute(): Promise<void> {
    await this.timed('standings', () => this.recalculate());
    await this.timed('again', this.recalculate.bind(this));
  }
}`,
  ],
  invalid: [
    // the method goes uncalled to a helper that awaits what it is given
    {
      code: `class Standings {
  private async timed<T>(label: string, work: T | Promise<T>): Promise<T> {
    const started = Date.now();
    const value = await work;
    console.log(label, Date.now() - started);
    return value;
  }
  async recalculate(): Promise<void> {}
  async recompute(): Promise<void> {
    await this.timed('standings', this.recalculate);
  }
}`,
      output: `class Standings {
  private async timed<T>(label: string, work: T | Promise<T>): Promise<T> {
    const started = Date.now();
    const value = await work;
    console.log(label, Date.now() - started);
    return value;
  }
  async recalculate(): Promise<void> {}
  async recompute(): Promise<void> {
    await this.timed('standings', this.recalculate());
  }
}`,
      errors: [
        {
          messageId: 'uncalledHanded',
          line: 10,
          column: 35,
          endLine: 10,
          endColumn: 51,
          suggestions: [],
        },
      ],
    },
    // a named async function handed to a local helper that awaits it
    {
      code: `async function flushLedger(): Promise<void> {}
async function withLog<T>(work: T | Promise<T>): Promise<T> {
  const value = await work;
  console.log('done');
  return value;
}
export async function close(): Promise<void> {
  await withLog(flushLedger);
}`,
      output: `async function flushLedger(): Promise<void> {}
async function withLog<T>(work: T | Promise<T>): Promise<T> {
  const value = await work;
  console.log('done');
  return value;
}
export async function close(): Promise<void> {
  await withLog(flushLedger());
}`,
      errors: [
        {
          messageId: 'uncalledHanded',
          line: 8,
          column: 17,
          endLine: 8,
          endColumn: 28,
          suggestions: [],
        },
      ],
    },
  ],
});
