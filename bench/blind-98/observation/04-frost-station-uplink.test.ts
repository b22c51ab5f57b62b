// expect: no-unobserved-promise
// The ack promise is created before awaiting flush() and has no handler meanwhile, so if the ack times out (or flush rejects first) its rejection is unhandled and crashes the runner instead of failing this test.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';

type Reading = { block: string; tempC: number; at: number };

interface Uplink {
  send(batch: readonly Reading[]): Promise<void>;
}

class FrostStation {
  private readonly buffer: Reading[] = [];

  constructor(private readonly uplink: Uplink, private readonly maxBatch = 50) {}

  record(block: string, tempC: number): void {
    this.buffer.push({ block, tempC, at: Date.now() });
  }

  async flush(): Promise<number> {
    const batch = this.buffer.splice(0, this.maxBatch);
    if (batch.length === 0) return 0;
    try {
      await this.uplink.send(batch);
    } catch (err) {
      this.buffer.unshift(...batch);
      throw err;
    }
    return batch.length;
  }

  async close(): Promise<void> {
    while (this.buffer.length > 0) await this.flush();
  }
}

type AckWaiter = { resolve: (r: Reading) => void; reject: (e: Error) => void; timer: NodeJS.Timeout };

class FakeGateway implements Uplink {
  readonly received: Reading[] = [];
  private readonly waiters = new Map<string, AckWaiter>();
  latencyMs = 5;

  async send(batch: readonly Reading[]): Promise<void> {
    await delay(this.latencyMs);
    for (const reading of batch) {
      this.received.push(reading);
      const waiter = this.waiters.get(reading.block);
      if (!waiter) continue;
      clearTimeout(waiter.timer);
      this.waiters.delete(reading.block);
      waiter.resolve(reading);
    }
  }

  waitForAck(block: string, timeoutMs = 200): Promise<Reading> {
    return new Promise<Reading>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(block);
        reject(new Error(`gateway saw no reading for ${block} within ${timeoutMs}ms`));
      }, timeoutMs);
      this.waiters.set(block, { resolve, reject, timer });
    });
  }

  close(): void {
    for (const waiter of this.waiters.values()) {
      clearTimeout(waiter.timer);
      waiter.reject(new Error('gateway closed'));
    }
    this.waiters.clear();
  }
}

describe('FrostStation uplink', () => {
  let gateway: FakeGateway;
  let station: FrostStation;

  beforeEach(() => {
    gateway = new FakeGateway();
    station = new FrostStation(gateway);
  });

  afterEach(async () => {
    mock.restoreAll();
    await station.close();
    gateway.close();
  });

  it('ships buffered readings as one batch', async () => {
    station.record('A1-pinot', 2.4);
    station.record('C4-gamay', 3.0);
    assert.equal(await station.flush(), 2);
    assert.equal(gateway.received.length, 2);
  });

  it('delivers a sub-zero reading to the gateway', async () => {
    station.record('B7-riesling', -0.4);

    const flushed = station.flush();
    const ack = gateway.waitForAck('B7-riesling');
    const sent = await flushed;
    const reading = await ack;

    assert.equal(sent, 1);
    assert.equal(reading.tempC, -0.4);
  });

  it('keeps readings buffered when the uplink fails', async () => {
    mock.method(gateway, 'send', async () => {
      throw new Error('LoRa duty cycle exceeded');
    });
    station.record('D2-syrah', 0.1);

    await assert.rejects(station.flush(), /duty cycle/);
    mock.restoreAll();
    assert.equal(await station.flush(), 1);
  });
});
