// expect: none
// Correct: the test deliberately awaits one cached reading promise twice to assert deduplication, and async functions are passed as callbacks (the transport and the test bodies).
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';

interface MeterReading {
  meterId: string;
  cubicMetres: number;
  takenAt: Date;
}

type Transport = (meterId: string) => Promise<MeterReading>;

class MeterReadingCache {
  private readonly inflight = new Map<string, Promise<MeterReading>>();

  constructor(private readonly transport: Transport) {}

  latest(meterId: string): Promise<MeterReading> {
    const existing = this.inflight.get(meterId);
    if (existing) return existing;
    const request = this.transport(meterId).finally(() => {
      setTimeout(() => this.inflight.delete(meterId), 5_000).unref();
    });
    this.inflight.set(meterId, request);
    return request;
  }

  clear(): void {
    this.inflight.clear();
  }
}

let calls: string[] = [];
let cache: MeterReadingCache;

async function fakeRadioRead(meterId: string): Promise<MeterReading> {
  calls.push(meterId);
  await new Promise((resolve) => setImmediate(resolve));
  return { meterId, cubicMetres: 1204.37, takenAt: new Date('2024-03-01T06:00:00Z') };
}

beforeEach(() => {
  calls = [];
  cache = new MeterReadingCache(fakeRadioRead);
});

afterEach(() => {
  cache.clear();
});

test('concurrent callers share a single radio read', async () => {
  const pending = cache.latest('WM-0042');
  const first = await pending;
  const second = await pending;
  assert.equal(first, second);
  assert.deepEqual(calls, ['WM-0042']);
});

test('a follow-up call within the window reuses the cached reading', async () => {
  const a = await cache.latest('WM-0042');
  const b = await cache.latest('WM-0042');
  assert.strictEqual(a, b);
  assert.equal(calls.length, 1);
});

test('different meters trigger separate reads', async () => {
  const readings = await Promise.all(['WM-0001', 'WM-0002', 'WM-0003'].map((id) => cache.latest(id)));
  assert.deepEqual(
    readings.map((r) => r.meterId),
    ['WM-0001', 'WM-0002', 'WM-0003'],
  );
  assert.equal(calls.length, 3);
});

test('transport errors propagate to every waiter', async () => {
  const failing = new MeterReadingCache(async () => {
    throw new Error('no ack from meter');
  });
  const pending = failing.latest('WM-9999');
  await assert.rejects(pending, /no ack/);
  await assert.rejects(pending, /no ack/);
});
