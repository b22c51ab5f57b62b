// expect: none
// assert.rejects and assert.doesNotReject are given thunks they invoke, t.after gets a cleanup callback, and each retry builds a fresh probe call.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

interface RepeaterReading {
  repeaterId: string;
  supplyVoltage: number;
  opticalGainDb: number;
  pumpLaserMa: number;
}

type ProbeFn = (repeaterId: string) => Promise<RepeaterReading>;

class CableProbe {
  private open = true;
  constructor(private readonly probe: ProbeFn, private readonly attempts = 3) {}

  async measure(repeaterId: string): Promise<RepeaterReading> {
    if (!this.open) throw new Error('probe session closed');
    let lastError: unknown;
    for (let attempt = 0; attempt < this.attempts; attempt++) {
      try {
        return await this.probe(repeaterId);
      } catch (err) {
        lastError = err;
        await sleep(5);
      }
    }
    throw new Error(`repeater ${repeaterId} unreachable after ${this.attempts} attempts`, { cause: lastError });
  }

  async survey(ids: string[]): Promise<RepeaterReading[]> {
    const readings: RepeaterReading[] = [];
    for (const id of ids) readings.push(await this.measure(id));
    return readings;
  }

  close(): void {
    this.open = false;
  }
}

function healthy(id: string): RepeaterReading {
  return { repeaterId: id, supplyVoltage: 48.2, opticalGainDb: 12.5, pumpLaserMa: 410 };
}

describe('CableProbe', () => {
  let calls: string[];

  beforeEach(() => {
    calls = [];
  });

  it('retries a flaky repeater with a new probe each time', async (t) => {
    let failuresLeft = 2;
    const probe = new CableProbe(async (id) => {
      calls.push(id);
      if (failuresLeft-- > 0) throw new Error('no echo');
      return healthy(id);
    });
    t.after(() => probe.close());

    const reading = await probe.measure('R-017');
    assert.equal(reading.opticalGainDb, 12.5);
    assert.deepEqual(calls, ['R-017', 'R-017', 'R-017']);
  });

  it('gives up after the configured attempts', async (t) => {
    const probe = new CableProbe(async (id) => {
      calls.push(id);
      throw new Error('shunt fault');
    }, 2);
    t.after(() => probe.close());

    await assert.rejects(() => probe.measure('R-042'), /R-042 unreachable after 2 attempts/);
    assert.equal(calls.length, 2);
  });

  it('surveys repeaters in cable order', async (t) => {
    const probe = new CableProbe(async (id) => {
      calls.push(id);
      return healthy(id);
    });
    t.after(() => probe.close());

    await assert.doesNotReject(() => probe.survey(['R-001', 'R-002', 'R-003']));
    assert.deepEqual(calls, ['R-001', 'R-002', 'R-003']);
  });

  it('refuses to measure once closed', async () => {
    const probe = new CableProbe(async (id) => healthy(id));
    probe.close();
    await assert.rejects(() => probe.measure('R-001'), { message: 'probe session closed' });
  });
});
