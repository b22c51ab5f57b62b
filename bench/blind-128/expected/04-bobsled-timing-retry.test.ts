// expect: none
// retryRead calls read() afresh on every attempt, so each retry issues a new request to the timing gate rather than re-awaiting the first failed one.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface SplitReading {
  gate: number;
  ms: number;
}

async function retryRead<T>(read: () => Promise<T>, attempts: number, onRetry?: (n: number, err: unknown) => void): Promise<T> {
  let lastError: unknown;
  for (let n = 1; n <= attempts; n++) {
    try {
      return await read();
    } catch (err) {
      lastError = err;
      onRetry?.(n, err);
    }
  }
  throw lastError;
}

class FlakyGate {
  calls = 0;
  constructor(private readonly failFirst: number, private readonly gate: number) {}

  async read(): Promise<SplitReading> {
    this.calls++;
    if (this.calls <= this.failFirst) throw new Error(`gate ${this.gate}: CRC error`);
    return { gate: this.gate, ms: 4_812 + this.calls };
  }
}

describe('retryRead', () => {
  let retries: number[];

  before(() => {
    retries = [];
  });

  after(() => {
    retries.length = 0;
  });

  test('returns the first successful reading', async () => {
    const gate = new FlakyGate(0, 1);
    const reading = await retryRead(() => gate.read(), 3);
    assert.deepEqual(reading, { gate: 1, ms: 4_813 });
    assert.equal(gate.calls, 1);
  });

  test('issues a fresh read after each failure', async () => {
    const gate = new FlakyGate(2, 3);
    const reading = await retryRead(() => gate.read(), 3, (n) => retries.push(n));
    assert.equal(gate.calls, 3);
    assert.deepEqual(retries, [1, 2]);
    assert.equal(reading.ms, 4_815);
  });

  test('gives up after the last attempt with the last error', async () => {
    const gate = new FlakyGate(5, 4);
    await assert.rejects(retryRead(() => gate.read(), 3), /gate 4: CRC error/);
    assert.equal(gate.calls, 3);
  });
});
