// expect: none
// The loaders are handed to withRetry as functions (a bound method reference and arrow wrappers) and withRetry invokes its argument on every attempt, so every async function is actually called and each retry makes a fresh request.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Room {
  id: string;
  kind: 'ice-suite' | 'snow-room' | 'warm-cabin';
  beds: number;
}

export interface Stay {
  roomId: string;
  guest: string;
  night: string;
}

export interface NightlyBoard {
  night: string;
  occupied: Stay[];
  free: Room[];
}

export interface InventoryApi {
  rooms(): Promise<Room[]>;
  staysOn(night: string): Promise<Stay[]>;
  blockedOn(night: string): Promise<string[]>;
}

async function withRetry<T>(fn: () => Promise<T>, attempts = 3, delayMs = 300): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await fn();
    } catch (err) {
      lastError = err;
      if (i < attempts - 1) await sleep(delayMs * (i + 1));
    }
  }
  throw lastError;
}

export class NightlyBoardBuilder {
  constructor(private readonly api: InventoryApi) {}

  private loadStays = (night: string) => this.api.staysOn(night);
  private loadBlocked = (night: string) => this.api.blockedOn(night);

  async build(night: string): Promise<NightlyBoard> {
    const rooms = await withRetry(this.api.rooms.bind(this.api));
    const [stays, blocked] = await Promise.all([
      withRetry(() => this.loadStays(night)),
      withRetry(() => this.loadBlocked(night)),
    ]);

    const occupiedIds = new Set(stays.map((s) => s.roomId));
    const blockedIds = new Set(blocked);
    return {
      night,
      occupied: stays,
      free: rooms.filter((r) => !occupiedIds.has(r.id) && !blockedIds.has(r.id)),
    };
  }
}

export async function printWeek(builder: NightlyBoardBuilder, firstNight: Date): Promise<void> {
  for (let d = 0; d < 7; d++) {
    const night = new Date(firstNight.getTime() + d * 86_400_000).toISOString().slice(0, 10);
    const board = await builder.build(night);
    const suites = board.free.filter((r) => r.kind === 'ice-suite').length;
    console.log(`${night}: ${board.occupied.length} occupied, ${board.free.length} free (${suites} ice suites)`);
  }
}
