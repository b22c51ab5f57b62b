// expect: none
// Every monitor call is awaited before its result is asserted, and assert.rejects is deliberately handed the promise itself.
import { describe, test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface Reading {
  tank: string;
  ph: number;
  ammoniaPpm: number;
  nitratePpm: number;
  tempC: number;
  takenAt: Date;
}

type ProbeResult = Omit<Reading, 'tank' | 'takenAt'>;

class WaterQualityMonitor {
  private readonly history = new Map<string, Reading[]>();

  constructor(private readonly probe: (tank: string) => Promise<ProbeResult>) {}

  async sample(tank: string): Promise<Reading> {
    const result = await this.probe(tank);
    const reading: Reading = { ...result, tank, takenAt: new Date() };
    const list = this.history.get(tank) ?? [];
    list.push(reading);
    this.history.set(tank, list);
    return reading;
  }

  async latest(tank: string): Promise<Reading | undefined> {
    const list = this.history.get(tank);
    return list ? list[list.length - 1] : this.sample(tank);
  }

  async isSafe(tank: string): Promise<boolean> {
    const r = await this.latest(tank);
    if (!r) return false;
    return r.ph >= 7.8 && r.ph <= 8.5 && r.ammoniaPpm < 0.25 && r.nitratePpm < 20 && r.tempC >= 24 && r.tempC <= 27;
  }
}

const fixtures: Record<string, ProbeResult> = {
  'reef-1': { ph: 8.2, ammoniaPpm: 0.0, nitratePpm: 5, tempC: 25.5 },
  'quarantine-2': { ph: 7.4, ammoniaPpm: 0.5, nitratePpm: 35, tempC: 26 },
};

describe('WaterQualityMonitor', () => {
  let probeCalls: string[];
  let monitor: WaterQualityMonitor;

  beforeEach(() => {
    probeCalls = [];
    monitor = new WaterQualityMonitor(async (tank) => {
      probeCalls.push(tank);
      const fixture = fixtures[tank];
      if (!fixture) throw new Error(`probe offline for ${tank}`);
      return fixture;
    });
  });

  test('a healthy reef tank is reported safe', async () => {
    assert.equal(await monitor.isSafe('reef-1'), true);
  });

  test('quarantine tank with ammonia spike is flagged', async () => {
    const safe = await monitor.isSafe('quarantine-2');
    assert.ok(!safe);
  });

  test('latest reuses the stored sample instead of probing again', async () => {
    await monitor.sample('reef-1');
    const latest = await monitor.latest('reef-1');
    assert.ok(latest);
    assert.equal(latest.tank, 'reef-1');
    assert.deepEqual(probeCalls, ['reef-1']);
  });

  test('offline probes surface as rejections', async () => {
    await assert.rejects(monitor.sample('sump-9'), /probe offline/);
  });
});
