// expect: none
// Every async loader is invoked inside the Promise.all array, and the retry helper receives a function that it calls on each attempt, so each await gets a real promise.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Collar {
  collarId: string;
  reindeerId: string;
  firmware: string;
}

export interface Pasture {
  pastureId: string;
  name: string;
  polygon: Array<[number, number]>;
}

export interface HerdBackend {
  collars(herdId: string): Promise<Collar[]>;
  pastures(herdId: string): Promise<Pasture[]>;
  confirmSync(herdId: string, collarCount: number): Promise<void>;
}

async function withRetry<T>(task: () => Promise<T>, attempts: number, delayMs: number): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await task();
    } catch (err) {
      lastError = err;
      if (i < attempts - 1) await sleep(delayMs * (i + 1));
    }
  }
  throw lastError;
}

export class HerdSync {
  private collars: Collar[] = [];
  private pastures: Pasture[] = [];

  constructor(
    private readonly backend: HerdBackend,
    readonly herdId: string,
  ) {}

  async sync(): Promise<{ collars: number; pastures: number }> {
    await Promise.all([this.syncCollars(), this.syncPastures()]);
    await withRetry(() => this.backend.confirmSync(this.herdId, this.collars.length), 3, 1_000);
    return { collars: this.collars.length, pastures: this.pastures.length };
  }

  private async syncCollars(): Promise<void> {
    this.collars = await withRetry(() => this.backend.collars(this.herdId), 3, 1_000);
  }

  private async syncPastures(): Promise<void> {
    this.pastures = await withRetry(() => this.backend.pastures(this.herdId), 3, 1_000);
  }

  collarsNeedingFirmware(latest: string): Collar[] {
    return this.collars.filter((c) => c.firmware !== latest);
  }

  pastureNames(): string[] {
    return this.pastures.map((p) => p.name).sort((a, b) => a.localeCompare(b, 'se'));
  }
}
