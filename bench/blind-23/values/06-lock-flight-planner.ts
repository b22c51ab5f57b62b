// expect: none
// Correct: the per-lock level promises are stored deliberately in a Map and awaited together with Promise.all before anything is serialised or compared.
import { writeFile } from 'node:fs/promises';

export interface LockChamber {
  lockNo: number;
  name: string;
  riseMetres: number;
}

export interface WaterLevels {
  lockNo: number;
  upperPoundM: number;
  lowerPoundM: number;
  chamberM: number;
}

declare const gaugeNetwork: {
  levels(lockNo: number, signal?: AbortSignal): Promise<WaterLevels>;
};

declare const lockKeeperRota: {
  keeperFor(lockNo: number, at: Date): Promise<string | null>;
};

export interface PassagePlanEntry {
  lockNo: number;
  name: string;
  keeper: string;
  fillFirst: boolean;
  estMinutes: number;
}

const MINUTES_PER_METRE = 2.5;
const GATE_WORK_MINUTES = 6;

export async function planUphillPassage(flight: LockChamber[], departure: Date, outFile: string): Promise<PassagePlanEntry[]> {
  const ac = new AbortController();
  const timeout = setTimeout(() => ac.abort(), 20_000);

  // Kick off all gauge reads at once; the flight can be 20+ locks long.
  const pendingLevels = new Map<number, Promise<WaterLevels>>();
  for (const lock of flight) {
    pendingLevels.set(lock.lockNo, gaugeNetwork.levels(lock.lockNo, ac.signal));
  }

  try {
    const levels = await Promise.all(flight.map((l) => pendingLevels.get(l.lockNo)!));
    const plan: PassagePlanEntry[] = [];
    let clock = departure.getTime();

    for (const [i, lock] of flight.entries()) {
      const lv = levels[i];
      const keeper = (await lockKeeperRota.keeperFor(lock.lockNo, new Date(clock))) ?? 'self-operated';
      // Going uphill the chamber must be empty before the boat enters.
      const fillFirst = lv.chamberM > lv.lowerPoundM + 0.1;
      const estMinutes = GATE_WORK_MINUTES * 2 + lock.riseMetres * MINUTES_PER_METRE * (fillFirst ? 2 : 1);
      plan.push({ lockNo: lock.lockNo, name: lock.name, keeper, fillFirst, estMinutes });
      clock += estMinutes * 60_000;
    }

    await writeFile(outFile, JSON.stringify({ departure: departure.toISOString(), eta: new Date(clock).toISOString(), plan }, null, 2));
    return plan;
  } finally {
    clearTimeout(timeout);
  }
}

export function totalMinutes(plan: PassagePlanEntry[]): number {
  return plan.reduce((sum, p) => sum + p.estMinutes, 0);
}
