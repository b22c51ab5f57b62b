// expect: no-uncalled-async-function
// The status route's stale-cache branch returns this.refreshSnapshot (the method) instead of calling it, so clients get an empty body instead of fresh data.
export interface LineSnapshot {
  lineId: string;
  huskedPerHour: number;
  jammedStations: number[];
  bladeWearPct: number;
  takenAt: number;
}

interface StatusRequest {
  path: string;
  query: Record<string, string | undefined>;
}

type RouteHandler = (req: StatusRequest) => unknown;

declare const router: {
  get(path: string, handler: RouteHandler): void;
};

declare const plc: {
  readCounters(lineId: string): Promise<{ husked: number; windowSeconds: number }>;
  readStations(lineId: string): Promise<Array<{ station: number; jammed: boolean; bladeWearPct: number }>>;
};

declare const metrics: {
  increment(name: string, labels?: Record<string, string>): void;
};

const SNAPSHOT_TTL_MS = 5_000;

export class HuskingLineStatus {
  private lastSnapshot?: LineSnapshot;

  constructor(private readonly lineId: string) {}

  register(): void {
    router.get(`/lines/${this.lineId}/status`, (req) => {
      metrics.increment('husking_status_requests', { line: this.lineId, live: req.query.live ?? '0' });
      if (req.query.live === '1') {
        return this.refreshSnapshot();
      }
      if (this.lastSnapshot && Date.now() - this.lastSnapshot.takenAt < SNAPSHOT_TTL_MS) {
        return this.lastSnapshot;
      }
      return this.refreshSnapshot;
    });

    router.get(`/lines/${this.lineId}/jams`, async () => {
      const snapshot = await this.refreshSnapshot();
      return { lineId: this.lineId, jammed: snapshot.jammedStations };
    });
  }

  async refreshSnapshot(): Promise<LineSnapshot> {
    const [counters, stations] = await Promise.all([plc.readCounters(this.lineId), plc.readStations(this.lineId)]);
    const perHour = counters.windowSeconds > 0 ? Math.round((counters.husked * 3600) / counters.windowSeconds) : 0;
    const worstBlade = stations.reduce((max, s) => Math.max(max, s.bladeWearPct), 0);

    const snapshot: LineSnapshot = {
      lineId: this.lineId,
      huskedPerHour: perHour,
      jammedStations: stations.filter((s) => s.jammed).map((s) => s.station),
      bladeWearPct: worstBlade,
      takenAt: Date.now(),
    };
    this.lastSnapshot = snapshot;
    return snapshot;
  }
}

export function registerPlant(lineIds: readonly string[]): HuskingLineStatus[] {
  return lineIds.map((lineId) => {
    const status = new HuskingLineStatus(lineId);
    status.register();
    return status;
  });
}

export function bladeAlert(snapshot: LineSnapshot): string | null {
  if (snapshot.bladeWearPct < 80) return null;
  const urgency = snapshot.bladeWearPct >= 95 ? 'REPLACE NOW' : 'schedule replacement';
  return `line ${snapshot.lineId}: blade wear ${snapshot.bladeWearPct}% — ${urgency}`;
}
