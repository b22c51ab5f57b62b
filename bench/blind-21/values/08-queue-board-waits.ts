// expect: no-promise-as-value
// currentWait() returns a Promise on a cache miss, and render() interpolates it straight into the board line as "[object Promise] min".
export interface Ride {
  id: string;
  name: string;
  zone: string;
  open: boolean;
}

interface WaitTimeResponse {
  rideId: string;
  minutes: number;
  measuredAt: string;
}

declare const queueSensors: {
  latest(rideId: string, signal?: AbortSignal): Promise<WaitTimeResponse>;
};

const CACHE_TTL_MS = 60_000;
const SENSOR_TIMEOUT_MS = 2_500;

export class QueueBoard {
  private readonly cache = new Map<string, { minutes: number; at: number }>();

  constructor(
    private readonly rides: Ride[],
    private readonly boardWidth = 36,
  ) {}

  private async fetchWait(rideId: string): Promise<number> {
    const ac = new AbortController();
    const timer = setTimeout(() => ac.abort(), SENSOR_TIMEOUT_MS);
    try {
      const { minutes } = await queueSensors.latest(rideId, ac.signal);
      // Round to the nearest five minutes like the printed signs do.
      const rounded = Math.max(5, Math.round(minutes / 5) * 5);
      this.cache.set(rideId, { minutes: rounded, at: Date.now() });
      return rounded;
    } finally {
      clearTimeout(timer);
    }
  }

  private currentWait(rideId: string) {
    const hit = this.cache.get(rideId);
    if (hit && Date.now() - hit.at < CACHE_TTL_MS) return hit.minutes;
    return this.fetchWait(rideId);
  }

  async render(zone?: string): Promise<string[]> {
    const lines: string[] = [];
    const visible = this.rides.filter((r) => zone === undefined || r.zone === zone).sort((a, b) => a.name.localeCompare(b.name));

    for (const ride of visible) {
      if (!ride.open) {
        lines.push(`${ride.name.padEnd(this.boardWidth - 10)}    CLOSED`);
        continue;
      }
      const wait = this.currentWait(ride.id);
      lines.push(`${ride.name.padEnd(this.boardWidth - 10)} ${wait} min`.padEnd(this.boardWidth));
    }
    return lines;
  }

  invalidate(rideId?: string): void {
    if (rideId) this.cache.delete(rideId);
    else this.cache.clear();
  }
}
