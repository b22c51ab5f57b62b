// expect: none
// Functions are passed only where functions are expected (map callback, retry operation, a lookup table of planners that is then called), and every result that matters is awaited.
import { setTimeout as delay } from 'node:timers/promises';

export interface Terrace {
  id: string;
  tier: number;
  areaM2: number;
  crop: 'paddy' | 'taro' | 'fallow';
}

export interface MoistureReading {
  terraceId: string;
  standingWaterMm: number;
  readAt: Date;
}

export type Slot = 'dawn' | 'dusk';

export interface GateOrder {
  terraceId: string;
  openMinutes: number;
}

declare const probes: {
  read(terraceId: string): Promise<MoistureReading>;
};

declare const sluiceGates: {
  open(terraceId: string, minutes: number): Promise<void>;
};

async function withRetry<T>(operation: () => Promise<T>, attempts: number, backoffMs: number): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await operation();
    } catch (err) {
      lastError = err;
      if (attempt < attempts) await delay(backoffMs * attempt);
    }
  }
  throw lastError;
}

function readMoisture(terrace: Terrace): Promise<MoistureReading> {
  return withRetry(() => probes.read(terrace.id), 3, 500);
}

async function planDawn(terraces: Terrace[], readings: Map<string, MoistureReading>): Promise<GateOrder[]> {
  // Dawn: top up paddies below 40mm, highest tiers first so water cascades down.
  return terraces
    .filter((t) => t.crop === 'paddy')
    .sort((a, b) => b.tier - a.tier)
    .flatMap((t) => {
      const mm = readings.get(t.id)?.standingWaterMm ?? 0;
      return mm < 40 ? [{ terraceId: t.id, openMinutes: Math.ceil(((40 - mm) * t.areaM2) / 900) }] : [];
    });
}

async function planDusk(terraces: Terrace[], readings: Map<string, MoistureReading>): Promise<GateOrder[]> {
  // Dusk: only taro needs a short soak; paddies hold overnight.
  return terraces
    .filter((t) => t.crop === 'taro' && (readings.get(t.id)?.standingWaterMm ?? 0) < 5)
    .map((t) => ({ terraceId: t.id, openMinutes: 6 }));
}

const planners: Record<Slot, typeof planDawn> = {
  dawn: planDawn,
  dusk: planDusk,
};

export async function runIrrigationSlot(slot: Slot, terraces: Terrace[]): Promise<GateOrder[]> {
  const active = terraces.filter((t) => t.crop !== 'fallow');
  const readingList = await Promise.all(active.map(readMoisture));
  const readings = new Map(readingList.map((r) => [r.terraceId, r]));

  const orders = await planners[slot](active, readings);
  for (const order of orders) {
    // One gate at a time: the feeder channel cannot supply two terraces at full flow.
    await withRetry(() => sluiceGates.open(order.terraceId, order.openMinutes), 2, 2_000);
  }
  return orders;
}
