// expect: no-promise-as-value
// Bug: hasSwarmAlert() is async, so assert.ok() receives a Promise (always truthy) and the swarm test passes no matter what.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface WeightSample {
  hiveId: string;
  at: Date;
  kg: number;
}

class HiveMonitor {
  private readonly samples: WeightSample[] = [];

  constructor(
    private readonly store: { recent(hiveId: string, minutes: number): Promise<WeightSample[]> },
    private readonly swarmDropKg = 1.5,
  ) {}

  record(sample: WeightSample): void {
    this.samples.push(sample);
  }

  async latestKg(hiveId: string): Promise<number | undefined> {
    const recent = await this.store.recent(hiveId, 60);
    return recent.at(-1)?.kg;
  }

  async hasSwarmAlert(hiveId: string): Promise<boolean> {
    const recent = await this.store.recent(hiveId, 30);
    if (recent.length < 2) return false;
    const peak = Math.max(...recent.map((s) => s.kg));
    const last = recent[recent.length - 1].kg;
    return peak - last >= this.swarmDropKg;
  }
}

function memoryStore(samples: WeightSample[]) {
  return {
    async recent(hiveId: string, minutes: number): Promise<WeightSample[]> {
      const newest = Math.max(...samples.map((s) => s.at.getTime()));
      const cutoff = newest - minutes * 60_000;
      return samples.filter((s) => s.hiveId === hiveId && s.at.getTime() >= cutoff);
    },
  };
}

const t0 = Date.parse('2024-06-12T10:00:00Z');
const at = (min: number) => new Date(t0 + min * 60_000);

describe('HiveMonitor', () => {
  let samples: WeightSample[];

  beforeEach(() => {
    samples = [
      { hiveId: 'apiary-3/h7', at: at(0), kg: 41.2 },
      { hiveId: 'apiary-3/h7', at: at(5), kg: 41.3 },
      { hiveId: 'apiary-3/h7', at: at(10), kg: 41.3 },
    ];
  });

  it('reports the latest weight', async () => {
    const monitor = new HiveMonitor(memoryStore(samples));
    assert.equal(await monitor.latestKg('apiary-3/h7'), 41.3);
  });

  it('stays quiet during normal foraging', async () => {
    const monitor = new HiveMonitor(memoryStore(samples));
    assert.equal(await monitor.hasSwarmAlert('apiary-3/h7'), false);
  });

  it('raises a swarm alert on a sudden drop', () => {
    samples.push({ hiveId: 'apiary-3/h7', at: at(15), kg: 39.1 });
    const monitor = new HiveMonitor(memoryStore(samples));
    assert.ok(monitor.hasSwarmAlert('apiary-3/h7'));
  });

  it('ignores other hives', async () => {
    samples.push({ hiveId: 'apiary-3/h8', at: at(15), kg: 12 });
    const monitor = new HiveMonitor(memoryStore(samples));
    assert.equal(await monitor.hasSwarmAlert('apiary-3/h7'), false);
  });
});
