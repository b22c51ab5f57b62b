// expect: none
// The caller's signal reaches every fetch, caller aborts are rethrown, and only the module's own deadline falls back to the cached reading.
export interface CaveReading {
  caveId: string;
  shelf: string;
  humidityPct: number;
  tempC: number;
  ammoniaPpm: number;
  takenAt: string;
  stale: boolean;
}

export interface RequestContext {
  signal: AbortSignal;
  requestId: string;
  tenant: string;
}

const READING_DEADLINE_MS = 4_000;

export class CaveSensorGateway {
  private readonly lastGood = new Map<string, CaveReading>();

  constructor(private readonly gatewayUrl: string) {}

  private key(caveId: string, shelf: string): string {
    return `${caveId}/${shelf}`;
  }

  async readShelf(ctx: RequestContext, caveId: string, shelf: string): Promise<CaveReading> {
    const deadline = AbortSignal.timeout(READING_DEADLINE_MS);
    const signal = AbortSignal.any([ctx.signal, deadline]);

    try {
      const res = await fetch(`${this.gatewayUrl}/caves/${caveId}/shelves/${shelf}/latest`, {
        headers: { 'x-request-id': ctx.requestId, 'x-tenant': ctx.tenant },
        signal,
      });
      if (!res.ok) throw new Error(`sensor gateway answered ${res.status} for ${caveId}/${shelf}`);
      const reading = { ...((await res.json()) as Omit<CaveReading, 'stale'>), stale: false };
      this.lastGood.set(this.key(caveId, shelf), reading);
      return reading;
    } catch (err) {
      if (ctx.signal.aborted) throw ctx.signal.reason;
      const cached = this.lastGood.get(this.key(caveId, shelf));
      if (deadline.aborted && cached) {
        // Sensors on the lower shelves are on a slow mesh link; a reading from
        // the last poll is good enough for the affinage dashboard.
        return { ...cached, stale: true };
      }
      throw err;
    }
  }

  async readCave(ctx: RequestContext, caveId: string, shelves: readonly string[]): Promise<CaveReading[]> {
    const readings: CaveReading[] = [];
    for (const shelf of shelves) {
      ctx.signal.throwIfAborted();
      readings.push(await this.readShelf(ctx, caveId, shelf));
    }
    return readings;
  }
}

export function shelvesNeedingTurn(readings: readonly CaveReading[]): string[] {
  return readings
    .filter((r) => r.humidityPct > 94 || r.ammoniaPpm > 25)
    .map((r) => r.shelf)
    .sort();
}

export function summarize(readings: readonly CaveReading[]): { avgHumidity: number; staleCount: number } {
  if (readings.length === 0) return { avgHumidity: Number.NaN, staleCount: 0 };
  const total = readings.reduce((sum, r) => sum + r.humidityPct, 0);
  return {
    avgHumidity: Math.round((total / readings.length) * 10) / 10,
    staleCount: readings.filter((r) => r.stale).length,
  };
}
