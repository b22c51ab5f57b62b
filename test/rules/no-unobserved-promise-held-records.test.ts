import rule from '../../rules/no-unobserved-promise.js';
import { typedRuleTester } from '../rule-tester.js';

// Records that each hold a promise, all started up front (`taps.map((tap) => ({ tap, reading:
// read(tap.id) }))`), then awaited one by one by a loop (`for (const { tap, reading } of pending)
// await reading`) leave the later promises without a handler while an earlier one is pending, as a
// loop over the promises themselves does. Reads started inside the loop, records handed to
// `allSettled` first, records whose promises handle their own failure, and a loop that awaits other
// work are left alone.
typedRuleTester().run('no-unobserved-promise', rule, {
  valid: [
    // each record's read is started inside the loop, one at a time
    `interface Tap {
  id: string;
}
interface Gateway {
  readFlow(id: string): Promise<number>;
}
export async function total(gateway: Gateway, taps: readonly Tap[]): Promise<number> {
  let sum = 0;
  for (const tap of taps) {
    const reading = gateway.readFlow(tap.id);
    sum += await reading;
  }
  return sum;
}`,
    // the records' promises are all handed to allSettled before the loop awaits them
    `interface Tap {
  id: string;
}
interface Gateway {
  readFlow(id: string): Promise<number>;
}
export async function total(gateway: Gateway, taps: readonly Tap[]): Promise<number> {
  const pending = taps.map((tap) => ({ id: tap.id, reading: gateway.readFlow(tap.id) }));
  const settled = await Promise.allSettled(pending.map((item) => item.reading));
  let sum = 0;
  for (const result of settled) if (result.status === 'fulfilled') sum += result.value;
  return sum;
}`,
    // the records hold promises, but the loop awaits other work, not them
    `interface Tap {
  id: string;
}
interface Gateway {
  readFlow(id: string): Promise<number>;
  log(id: string): Promise<void>;
}
export async function announce(gateway: Gateway, taps: readonly Tap[]): Promise<Promise<number>[]> {
  const pending = taps.map((tap) => ({ id: tap.id, reading: gateway.readFlow(tap.id) }));
  for (const item of pending) await gateway.log(item.id);
  return pending.map((item) => item.reading);
}`,
    // each record's promise has its failure handled where it is made
    `interface Tap {
  id: string;
}
interface Gateway {
  readFlow(id: string): Promise<number>;
}
export async function total(gateway: Gateway, taps: readonly Tap[]): Promise<number> {
  const pending = taps.map((tap) => ({ id: tap.id, reading: gateway.readFlow(tap.id).catch(() => 0) }));
  let sum = 0;
  for (const item of pending) sum += await item.reading;
  return sum;
}`,
  ],
  invalid: [
    // every tap's read starts up front, each awaited in turn through its record
    {
      code: `interface Tap {
  id: string;
  lateral: string;
}
interface Gateway {
  readFlow(id: string): Promise<{ litresPerHour: number }>;
}
export async function sweep(gateway: Gateway, taps: readonly Tap[]): Promise<Map<string, number>> {
  const pending = taps.map((tap) => ({ tap, reading: gateway.readFlow(tap.id) }));
  const totals = new Map<string, number>();
  for (const { tap, reading } of pending) {
    const r = await reading;
    totals.set(tap.lateral, (totals.get(tap.lateral) ?? 0) + r.litresPerHour);
  }
  return totals;
}`,
      errors: [
        {
          messageId: 'sequentialLoop',
          line: 11,
          column: 34,
          endLine: 11,
          endColumn: 41,
        },
      ],
    },
    // the record's promise is awaited as a member of the loop variable
    {
      code: `interface Tap {
  id: string;
}
interface Gateway {
  readFlow(id: string): Promise<number>;
}
export async function total(gateway: Gateway, taps: readonly Tap[]): Promise<number> {
  const pending = taps.map((tap) => ({ id: tap.id, reading: gateway.readFlow(tap.id) }));
  let sum = 0;
  for (const item of pending) sum += await item.reading;
  return sum;
}`,
      errors: [
        {
          messageId: 'sequentialLoop',
          line: 10,
          column: 22,
          endLine: 10,
          endColumn: 29,
        },
      ],
    },
  ],
});
