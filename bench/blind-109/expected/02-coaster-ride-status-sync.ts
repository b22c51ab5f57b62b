// expect: none
// The un-called method references here are handed to withRetry, whose parameter is a function it calls itself on every attempt, so passing `this.fetchRideStates.bind(this)` rather than its result is exactly what that helper needs.
import { setTimeout as sleep } from 'node:timers/promises';

export interface RideState {
  ride: string;
  open: boolean;
  waitMinutes: number;
  reason?: string;
}

export interface RideControlApi {
  states(): Promise<RideState[]>;
  maintenanceWindows(): Promise<Array<{ ride: string; from: string; to: string }>>;
}

export interface DisplayBoard {
  render(rows: string[]): void;
}

export async function withRetry<T>(attempt: () => Promise<T>, tries = 3, backoffMs = 500): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < tries; i++) {
    try {
      return await attempt();
    } catch (err) {
      lastError = err;
      if (i < tries - 1) await sleep(backoffMs * 2 ** i);
    }
  }
  throw lastError;
}

export class RideStatusSync {
  constructor(private readonly api: RideControlApi, private readonly board: DisplayBoard) {}

  private async fetchRideStates(): Promise<RideState[]> {
    const states = await this.api.states();
    return states.filter((s) => s.ride.trim().length > 0);
  }

  private async fetchClosures(): Promise<Set<string>> {
    const windows = await this.api.maintenanceWindows();
    const now = new Date().toISOString();
    return new Set(windows.filter((w) => w.from <= now && now < w.to).map((w) => w.ride));
  }

  async refresh(): Promise<number> {
    const [states, closures] = await Promise.all([
      withRetry(this.fetchRideStates.bind(this)),
      withRetry(() => this.fetchClosures(), 2),
    ]);

    const rows = states
      .sort((a, b) => a.ride.localeCompare(b.ride))
      .map((s) => {
        if (closures.has(s.ride)) return `${s.ride}  CLOSED FOR MAINTENANCE`;
        if (!s.open) return `${s.ride}  TEMPORARILY CLOSED${s.reason ? ` (${s.reason})` : ''}`;
        return `${s.ride}  ${s.waitMinutes} MIN`;
      });
    this.board.render(rows);
    return rows.length;
  }
}
