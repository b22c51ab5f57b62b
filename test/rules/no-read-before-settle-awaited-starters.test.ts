import rule from '../../rules/no-read-before-settle.js';
import { typedRuleTester } from '../rule-tester.js';

// A sibling method that writes a property only in a callback of its own (`readChannel()` storing
// the gauge's reading, then resolving) writes it later when called. Awaiting that call waits for
// the promise the method returns, its word that the work is done: a read after `await
// this.readChannel()` sees the new value. Calling it without waiting keeps the report.
typedRuleTester().run('no-read-before-settle', rule, {
  valid: [
    // the read comes after awaiting the call that starts the write
    `interface Gauge {
  read(channel: number, callback: (err: Error | null, newtons?: number) => void): void;
}
export class TensionReader {
  private lastNewtons: number | undefined;
  constructor(private readonly gauge: Gauge) {}
  private readChannel(channel: number): Promise<void> {
    return new Promise((resolve, reject) => {
      this.gauge.read(channel, (err, newtons) => {
        if (err || newtons === undefined) {
          reject(err ?? new Error('no reading'));
          return;
        }
        this.lastNewtons = newtons;
        resolve();
      });
    });
  }
  async measure(channel: number, target: number): Promise<number> {
    await this.readChannel(channel);
    const newtons = this.lastNewtons ?? 0;
    return ((newtons - target) / target) * 100;
  }
}`,
  ],
  invalid: [
    // the call that starts the write is not waited for
    {
      code: `interface Gauge {
  read(channel: number, callback: (err: Error | null, newtons?: number) => void): void;
}
export class TensionReader {
  private lastNewtons: number | undefined;
  constructor(private readonly gauge: Gauge) {}
  private readChannel(channel: number): Promise<void> {
    return new Promise((resolve, reject) => {
      this.gauge.read(channel, (err, newtons) => {
        if (err || newtons === undefined) {
          reject(err ?? new Error('no reading'));
          return;
        }
        this.lastNewtons = newtons;
        resolve();
      });
    });
  }
  measure(channel: number, target: number): number {
    void this.readChannel(channel);
    const newtons = this.lastNewtons ?? 0;
    return ((newtons - target) / target) * 100;
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 21,
          column: 21,
          endLine: 21,
          endColumn: 37,
          suggestions: [],
        },
      ],
    },
  ],
});
