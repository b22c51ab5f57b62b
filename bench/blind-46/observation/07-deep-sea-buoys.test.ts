// expect: none
// allSettled results are narrowed by status before use, hooks return their promises, and every call in the tests is awaited.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface BuoyPing {
  buoyId: string;
  lat: number;
  lon: number;
  tsunamiFlag: boolean;
}

interface SatelliteUplink {
  ping(buoyId: string): Promise<BuoyPing>;
  close(): Promise<void>;
}

interface FleetSweep {
  reachable: BuoyPing[];
  unreachable: Array<{ buoyId: string; reason: string }>;
  tsunamiAlerts: string[];
}

async function sweepFleet(uplink: SatelliteUplink, buoyIds: string[]): Promise<FleetSweep> {
  const outcomes = await Promise.allSettled(buoyIds.map((id) => uplink.ping(id)));
  const sweep: FleetSweep = { reachable: [], unreachable: [], tsunamiAlerts: [] };
  outcomes.forEach((outcome, i) => {
    if (outcome.status === 'fulfilled') {
      sweep.reachable.push(outcome.value);
      if (outcome.value.tsunamiFlag) sweep.tsunamiAlerts.push(outcome.value.buoyId);
    } else {
      const reason = outcome.reason instanceof Error ? outcome.reason.message : String(outcome.reason);
      sweep.unreachable.push({ buoyId: buoyIds[i], reason });
    }
  });
  return sweep;
}

function simulatedUplink(offline: Set<string>, flagged: Set<string>): SatelliteUplink & { closed: boolean } {
  const uplink = {
    closed: false,
    async ping(buoyId: string): Promise<BuoyPing> {
      if (uplink.closed) throw new Error('uplink closed');
      await new Promise((r) => setTimeout(r, 2));
      if (offline.has(buoyId)) throw new Error(`no carrier from ${buoyId}`);
      return { buoyId, lat: -12.5, lon: 171.2, tsunamiFlag: flagged.has(buoyId) };
    },
    async close(): Promise<void> {
      uplink.closed = true;
    },
  };
  return uplink;
}

describe('fleet sweep', () => {
  let uplink: ReturnType<typeof simulatedUplink>;

  before(async () => {
    uplink = simulatedUplink(new Set(['DART-21415']), new Set(['DART-52406']));
    await uplink.ping('DART-51407');
  });

  after(async () => {
    await uplink.close();
  });

  it('separates reachable and unreachable buoys', async () => {
    const sweep = await sweepFleet(uplink, ['DART-51407', 'DART-21415', 'DART-52406']);
    assert.deepEqual(
      sweep.reachable.map((p) => p.buoyId),
      ['DART-51407', 'DART-52406'],
    );
    assert.deepEqual(sweep.unreachable, [{ buoyId: 'DART-21415', reason: 'no carrier from DART-21415' }]);
  });

  it('raises tsunami alerts only from reachable buoys', async () => {
    const sweep = await sweepFleet(uplink, ['DART-52406', 'DART-21415']);
    assert.deepEqual(sweep.tsunamiAlerts, ['DART-52406']);
  });

  it('handles an empty fleet', async () => {
    const sweep = await sweepFleet(uplink, []);
    assert.equal(sweep.reachable.length + sweep.unreachable.length, 0);
  });
});
