// expect: no-unobserved-promise
// refuelShift starts every pump job up front and then awaits them one by one, so a job that rejects while an earlier one is still being awaited has no handler attached and becomes an unhandled rejection.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface FuelPump {
  fill(groomerId: string): Promise<{ litres: number; pumpMs: number }>;
}

interface RefuelLog {
  groomerId: string;
  litres: number;
}

class RefuelDepot {
  private readonly history: RefuelLog[] = [];

  constructor(private readonly pump: FuelPump) {}

  async refuelShift(groomerIds: string[]): Promise<RefuelLog[]> {
    const jobs = groomerIds.map((id) => this.pump.fill(id));
    const log: RefuelLog[] = [];
    for (const [i, job] of jobs.entries()) {
      const { litres } = await job;
      log.push({ groomerId: groomerIds[i], litres });
    }
    this.history.push(...log);
    return log;
  }

  totalLitres(): number {
    return this.history.reduce((sum, entry) => sum + entry.litres, 0);
  }
}

function fakePump(litresById: Record<string, number | Error>, delayMs = 5): FuelPump {
  return {
    fill: (groomerId) =>
      new Promise((resolve, reject) => {
        setTimeout(() => {
          const result = litresById[groomerId];
          if (result instanceof Error) reject(result);
          else resolve({ litres: result ?? 0, pumpMs: delayMs });
        }, delayMs);
      }),
  };
}

describe('RefuelDepot', () => {
  let depot: RefuelDepot;

  before(() => {
    depot = new RefuelDepot(fakePump({ 'pb-1': 180, 'pb-2': 212, 'pb-3': 95 }));
  });

  after(() => {
    assert.ok(depot.totalLitres() >= 0);
  });

  test('logs the litres pumped into each groomer in order', async () => {
    const log = await depot.refuelShift(['pb-1', 'pb-2', 'pb-3']);
    assert.deepEqual(log, [
      { groomerId: 'pb-1', litres: 180 },
      { groomerId: 'pb-2', litres: 212 },
      { groomerId: 'pb-3', litres: 95 },
    ]);
  });

  test('keeps a running total across shifts', async () => {
    await depot.refuelShift(['pb-2']);
    assert.equal(depot.totalLitres(), 180 + 212 + 95 + 212);
  });

  test('fails the shift when the first pump jams', async () => {
    const jammed = new RefuelDepot(fakePump({ 'pb-1': new Error('nozzle jammed') }));
    await assert.rejects(jammed.refuelShift(['pb-1']), /nozzle jammed/);
    assert.equal(jammed.totalLitres(), 0);
  });
});
