// expect: none
// retry() calls its task factory for every attempt, and the orchard-map promise is an intentional memo shared by all sorties.
import { setTimeout as sleep } from 'node:timers/promises';

export interface OrchardMap {
  orchardId: string;
  rows: Array<{ row: number; variety: string; treeCount: number; bloomPct: number }>;
}

export interface Drone {
  id: string;
  batteryPct: number;
  pollenCartridgeG: number;
}

export interface Sortie {
  droneId: string;
  rows: number[];
  estimatedMinutes: number;
}

declare function loadOrchardMap(orchardId: string): Promise<OrchardMap>;
declare function uploadFlightPlan(droneId: string, plan: Sortie): Promise<{ accepted: boolean; reason?: string }>;

async function retry<T>(task: () => Promise<T>, attempts: number, delayMs: number): Promise<T> {
  let lastError: unknown = new Error('retry() called with zero attempts');
  for (let i = 0; i < attempts; i++) {
    try {
      return await task();
    } catch (err) {
      lastError = err;
      await sleep(delayMs * (i + 1));
    }
  }
  throw lastError;
}

export class SortiePlanner {
  private orchardMap?: Promise<OrchardMap>;

  constructor(private readonly orchardId: string) {}

  private map(): Promise<OrchardMap> {
    this.orchardMap ??= loadOrchardMap(this.orchardId).catch((err: unknown) => {
      this.orchardMap = undefined;
      throw err;
    });
    return this.orchardMap;
  }

  async rowsInBloom(minBloomPct = 30): Promise<number[]> {
    const { rows } = await this.map();
    return rows
      .filter((r) => r.bloomPct >= minBloomPct)
      .sort((a, b) => b.bloomPct - a.bloomPct)
      .map((r) => r.row);
  }

  async plan(drone: Drone): Promise<Sortie> {
    const { rows } = await this.map();
    const bloomRows = new Set(await this.rowsInBloom());
    const usableMinutes = Math.floor((drone.batteryPct - 20) * 0.4);
    const picked: number[] = [];
    let minutes = 0;
    let pollen = drone.pollenCartridgeG;
    for (const r of rows) {
      if (!bloomRows.has(r.row)) continue;
      const rowMinutes = Math.ceil(r.treeCount / 12);
      const rowPollen = r.treeCount * 0.15;
      if (minutes + rowMinutes > usableMinutes || rowPollen > pollen) break;
      picked.push(r.row);
      minutes += rowMinutes;
      pollen -= rowPollen;
    }
    return { droneId: drone.id, rows: picked, estimatedMinutes: minutes };
  }

  async dispatch(drones: Drone[]): Promise<Sortie[]> {
    const flying: Sortie[] = [];
    for (const drone of drones.filter((d) => d.batteryPct > 35)) {
      const sortie = await this.plan(drone);
      if (sortie.rows.length === 0) continue;
      const result = await retry(() => uploadFlightPlan(drone.id, sortie), 3, 400);
      if (result.accepted) {
        flying.push(sortie);
      }
    }
    return flying;
  }
}
