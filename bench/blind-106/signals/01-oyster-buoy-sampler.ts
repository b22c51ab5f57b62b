// expect: require-signal-propagation
// collectRounds passes its signal to fetch but sleeps between rounds with an uncancellable timers/promises setTimeout, so aborting the harvest-day sampler can stall for up to a full ten-minute interval before it notices.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Buoy {
  id: string;
  lease: string;
  baseUrl: string;
}

export interface BuoyReading {
  buoyId: string;
  round: number;
  chlorophyllUgL: number;
  turbidityNtu: number;
  salinityPpt: number;
}

export interface SamplerOptions {
  signal: AbortSignal;
  rounds: number;
  intervalMs?: number;
}

async function readBuoy(buoy: Buoy, round: number, signal: AbortSignal): Promise<BuoyReading> {
  const res = await fetch(`${buoy.baseUrl}/api/v1/latest`, {
    headers: { accept: 'application/json' },
    signal,
  });
  if (!res.ok) throw new Error(`buoy ${buoy.id} answered ${res.status}`);
  const body = (await res.json()) as { chl: number; ntu: number; sal: number };
  return { buoyId: buoy.id, round, chlorophyllUgL: body.chl, turbidityNtu: body.ntu, salinityPpt: body.sal };
}

export async function collectRounds(buoys: Buoy[], opts: SamplerOptions): Promise<BuoyReading[]> {
  const { signal, rounds, intervalMs = 10 * 60_000 } = opts;
  const readings: BuoyReading[] = [];

  for (let round = 1; round <= rounds; round++) {
    signal.throwIfAborted();
    for (const buoy of buoys) {
      readings.push(await readBuoy(buoy, round, signal));
    }
    if (round < rounds) {
      await sleep(intervalMs);
    }
  }
  return readings;
}

export function harvestAdvisory(readings: BuoyReading[]): Map<string, 'open' | 'hold'> {
  const byLease = new Map<string, BuoyReading[]>();
  for (const r of readings) {
    const lease = r.buoyId.split('-')[0];
    const list = byLease.get(lease) ?? [];
    list.push(r);
    byLease.set(lease, list);
  }
  const advisory = new Map<string, 'open' | 'hold'>();
  for (const [lease, list] of byLease) {
    const turbid = list.some((r) => r.turbidityNtu > 25);
    const bloom = list.some((r) => r.chlorophyllUgL > 20);
    advisory.set(lease, turbid || bloom ? 'hold' : 'open');
  }
  return advisory;
}
