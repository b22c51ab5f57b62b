// expect: none
// Each tick of the interval iterator issues a fresh readPoolTemp() call; only the once-per-run pool catalogue promise is shared, and it is awaited once.
import { setInterval as every } from 'node:timers/promises';

export interface Pool {
  poolId: string;
  name: string;
  source: 'spring' | 'mixed';
  targetC: number;
  toleranceC: number;
}

export interface TempReading {
  poolId: string;
  celsius: number;
  flowLpm: number;
  at: number;
}

declare const bathhouse: {
  listPools(): Promise<Pool[]>;
  readPoolTemp(poolId: string): Promise<TempReading>;
  setMixingValve(poolId: string, coldPct: number): Promise<void>;
  postStatus(poolId: string, message: string): Promise<void>;
};

function inBand(pool: Pool, reading: TempReading): boolean {
  return Math.abs(reading.celsius - pool.targetC) <= pool.toleranceC;
}

function nextValvePosition(pool: Pool, reading: TempReading, current: number): number {
  const errorC = reading.celsius - pool.targetC;
  // Proportional nudge: 4% of cold water per degree over, clamped to the valve's range.
  return Math.min(100, Math.max(0, current + errorC * 4));
}

export async function settlePool(pool: Pool, pollMs = 20_000, maxTicks = 45): Promise<TempReading> {
  if (pool.source !== 'mixed') {
    // Pure spring pools have no valve; report whatever the spring gives us.
    return bathhouse.readPoolTemp(pool.poolId);
  }

  let valve = 50;
  let ticks = 0;
  for await (const _ of every(pollMs)) {
    const reading = await bathhouse.readPoolTemp(pool.poolId);
    if (inBand(pool, reading)) {
      await bathhouse.postStatus(pool.poolId, `${pool.name} is ready at ${reading.celsius.toFixed(1)}°C`);
      return reading;
    }
    if (++ticks >= maxTicks) {
      throw new Error(`${pool.name} still at ${reading.celsius.toFixed(1)}°C after ${ticks} adjustments`);
    }
    valve = nextValvePosition(pool, reading, valve);
    await bathhouse.setMixingValve(pool.poolId, valve);
  }
  throw new Error('interval iterator ended unexpectedly');
}

export async function morningOpening(): Promise<Map<string, TempReading>> {
  const catalogue = bathhouse.listPools();
  const pools = await catalogue;
  const ready = new Map<string, TempReading>();

  for (const pool of pools) {
    ready.set(pool.poolId, await settlePool(pool));
  }

  const summary = [...ready.values()]
    .map((r) => `${r.poolId}: ${r.celsius.toFixed(1)}°C @ ${r.flowLpm} L/min`)
    .join('\n');
  console.info(`Bathhouse open:\n${summary}`);
  return ready;
}
