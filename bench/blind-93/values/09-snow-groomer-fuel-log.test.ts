// expect: none
// Each assertion awaits its value first; the promises handed to assert.rejects/doesNotReject are exactly what those APIs take.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';

interface FuelEntry {
  machine: string;
  litres: number;
  engineHours: number;
  loggedAt: number;
}

type Store = {
  append(entry: FuelEntry): Promise<void>;
  all(machine: string): Promise<FuelEntry[]>;
};

class FuelLog {
  constructor(private readonly store: Store) {}

  async record(machine: string, litres: number, engineHours: number): Promise<void> {
    if (litres <= 0 || litres > 400) throw new RangeError(`implausible refuel of ${litres} l`);
    await this.store.append({ machine, litres, engineHours, loggedAt: Date.now() });
  }

  async litresPerHour(machine: string): Promise<number | null> {
    const entries = (await this.store.all(machine)).sort((a, b) => a.engineHours - b.engineHours);
    if (entries.length < 2) return null;
    const hours = entries[entries.length - 1].engineHours - entries[0].engineHours;
    const litres = entries.slice(1).reduce((sum, e) => sum + e.litres, 0);
    return hours > 0 ? Math.round((litres / hours) * 10) / 10 : null;
  }

  async hasEntries(machine: string): Promise<boolean> {
    return (await this.store.all(machine)).length > 0;
  }
}

describe('FuelLog', () => {
  let rows: FuelEntry[];
  let store: Store;
  let append: ReturnType<typeof mock.fn<Store['append']>>;
  let log: FuelLog;

  beforeEach(() => {
    rows = [];
    append = mock.fn<Store['append']>(async (entry) => {
      rows.push(entry);
    });
    store = {
      append,
      all: mock.fn(async (machine: string) => rows.filter((r) => r.machine === machine)),
    };
    log = new FuelLog(store);
  });

  afterEach(() => {
    mock.restoreAll();
  });

  it('computes consumption between refuels', async () => {
    await log.record('PB-600', 180, 1020);
    await log.record('PB-600', 165, 1031);
    await log.record('PB-600', 170, 1042);
    assert.equal(await log.litresPerHour('PB-600'), 15.2);
  });

  it('needs two entries before reporting consumption', async () => {
    await log.record('PB-400', 120, 300);
    assert.equal(await log.litresPerHour('PB-400'), null);
    assert.equal(await log.hasEntries('PB-400'), true);
    assert.equal(await log.hasEntries('PB-800'), false);
  });

  it('rejects implausible refuels without touching the store', async () => {
    await assert.rejects(log.record('PB-600', 900, 1050), RangeError);
    assert.equal(append.mock.callCount(), 0);
  });

  it('accepts a full tank', async () => {
    await assert.doesNotReject(log.record('PB-800', 400, 12));
    const [entry] = await store.all('PB-800');
    assert.equal(entry.litres, 400);
  });
});
