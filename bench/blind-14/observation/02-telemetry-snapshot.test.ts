// expect: none
// Correct: both fetches are started together and immediately combined with Promise.all, so neither rejection goes unobserved.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface Position {
  vehicleId: string;
  lat: number;
  lon: number;
  at: number;
}

interface EngineReading {
  vehicleId: string;
  rpm: number;
  coolantC: number;
  at: number;
}

class FakeTelemetryApi {
  positions = new Map<string, Position>();
  engine = new Map<string, EngineReading>();
  failEngineFor = new Set<string>();

  async latestPosition(id: string): Promise<Position> {
    await new Promise((r) => setTimeout(r, 5));
    const p = this.positions.get(id);
    if (!p) throw new Error(`no position for ${id}`);
    return p;
  }

  async latestEngine(id: string): Promise<EngineReading> {
    await new Promise((r) => setTimeout(r, 1));
    if (this.failEngineFor.has(id)) throw new Error(`CAN bus timeout for ${id}`);
    const e = this.engine.get(id);
    if (!e) throw new Error(`no engine data for ${id}`);
    return e;
  }
}

async function vehicleSnapshot(api: FakeTelemetryApi, id: string) {
  const positionP = api.latestPosition(id);
  const engineP = api.latestEngine(id);
  const [position, engine] = await Promise.all([positionP, engineP]);
  return {
    id,
    lat: position.lat,
    lon: position.lon,
    overheating: engine.coolantC > 110,
    stale: Date.now() - Math.min(position.at, engine.at) > 60_000,
  };
}

describe('vehicleSnapshot', () => {
  let api: FakeTelemetryApi;

  beforeEach(() => {
    api = new FakeTelemetryApi();
    const now = Date.now();
    api.positions.set('TRK-7', { vehicleId: 'TRK-7', lat: 51.5, lon: -0.12, at: now });
    api.engine.set('TRK-7', { vehicleId: 'TRK-7', rpm: 1800, coolantC: 115, at: now });
  });

  it('merges position and engine data', async () => {
    const snap = await vehicleSnapshot(api, 'TRK-7');
    assert.equal(snap.lat, 51.5);
    assert.equal(snap.overheating, true);
    assert.equal(snap.stale, false);
  });

  it('surfaces engine failures', async () => {
    api.failEngineFor.add('TRK-7');
    await assert.rejects(vehicleSnapshot(api, 'TRK-7'), /CAN bus timeout/);
  });

  it('surfaces missing positions', async () => {
    await assert.rejects(() => vehicleSnapshot(api, 'TRK-404'), /no position/);
  });
});
