// expect: no-leaked-race
// The timeout side of the race is a timers/promises delay that is never cancelled, so every fast read leaves a 20-second timer running.
import { setTimeout as delay } from 'node:timers/promises';

export interface HiveScaleReading {
  hiveId: string;
  grossKg: number;
  tareKg: number;
  batteryV: number;
}

export interface NectarFlow {
  hiveId: string;
  gainKgPerDay: number;
  trend: 'rising' | 'flat' | 'falling';
}

export class ScaleTimeoutError extends Error {
  override name = 'ScaleTimeoutError';
  constructor(readonly hiveId: string) {
    super(`Scale under hive ${hiveId} did not answer`);
  }
}

interface ScaleGateway {
  read(scaleId: string): Promise<HiveScaleReading>;
}

declare const apiaryStore: {
  history(hiveId: string, days: number): Promise<Array<{ day: string; netKg: number }>>;
  append(hiveId: string, netKg: number): Promise<void>;
};

export class HiveScaleService {
  constructor(private readonly gateway: ScaleGateway, private readonly readTimeoutMs = 20_000) {}

  async readNetWeight(hiveId: string, scaleId: string): Promise<number> {
    const reading = await Promise.race([
      this.gateway.read(scaleId),
      delay(this.readTimeoutMs).then((): never => {
        throw new ScaleTimeoutError(hiveId);
      }),
    ]);
    if (reading.batteryV < 3.4) {
      throw new Error(`Scale battery low on ${hiveId} (${reading.batteryV}V); reading unreliable`);
    }
    return Math.round((reading.grossKg - reading.tareKg) * 100) / 100;
  }

  async recordAll(hives: Array<{ hiveId: string; scaleId: string }>): Promise<{ recorded: string[]; missed: string[] }> {
    const recorded: string[] = [];
    const missed: string[] = [];
    for (const { hiveId, scaleId } of hives) {
      try {
        const net = await this.readNetWeight(hiveId, scaleId);
        await apiaryStore.append(hiveId, net);
        recorded.push(hiveId);
      } catch (err) {
        if (!(err instanceof ScaleTimeoutError)) throw err;
        missed.push(hiveId);
      }
    }
    return { recorded, missed };
  }

  async nectarFlow(hiveId: string, days = 7): Promise<NectarFlow> {
    const history = await apiaryStore.history(hiveId, days);
    if (history.length < 2) return { hiveId, gainKgPerDay: 0, trend: 'flat' };
    const first = history[0].netKg;
    const last = history[history.length - 1].netKg;
    const gainKgPerDay = Math.round(((last - first) / (history.length - 1)) * 100) / 100;
    const trend = gainKgPerDay > 0.2 ? 'rising' : gainKgPerDay < -0.2 ? 'falling' : 'flat';
    return { hiveId, gainKgPerDay, trend };
  }
}
