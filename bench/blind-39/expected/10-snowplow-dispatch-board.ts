// expect: none
// Concurrent callers deliberately share one in-flight refresh that is cleared in finally, and the timer is handed a method reference whose body handles the promise.
export interface Plow {
  plowId: string;
  depot: string;
  saltTonnes: number;
  position: { lat: number; lng: number };
  status: 'idle' | 'plowing' | 'refilling' | 'down';
}

export interface RoadSegment {
  segmentId: string;
  priority: 1 | 2 | 3;
  snowCm: number;
  lastPlowedAt?: string;
}

interface FleetSnapshot {
  plows: Plow[];
  segments: RoadSegment[];
  takenAt: number;
}

declare const fleetApi: {
  plows(): Promise<Plow[]>;
  segments(): Promise<RoadSegment[]>;
  assign(plowId: string, segmentId: string): Promise<void>;
};

declare const opsLog: { error(msg: string, err: unknown): void; info(msg: string): void };

export class DispatchBoard {
  private snapshot: FleetSnapshot | undefined;
  private refreshing: Promise<FleetSnapshot> | undefined;
  private timer: NodeJS.Timeout | undefined;

  refresh(): Promise<FleetSnapshot> {
    if (!this.refreshing) {
      this.refreshing = this.loadSnapshot().finally(() => {
        this.refreshing = undefined;
      });
    }
    return this.refreshing;
  }

  private async loadSnapshot(): Promise<FleetSnapshot> {
    const [plows, segments] = await Promise.all([fleetApi.plows(), fleetApi.segments()]);
    this.snapshot = { plows, segments, takenAt: Date.now() };
    return this.snapshot;
  }

  private readonly tick = (): void => {
    this.refresh()
      .then((snap) => this.dispatchIdle(snap))
      .catch((err) => opsLog.error('snowplow dispatch tick failed', err));
  };

  start(intervalMs = 60_000): void {
    if (this.timer) return;
    this.timer = setInterval(this.tick, intervalMs);
    this.tick();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  private async dispatchIdle(snap: FleetSnapshot): Promise<number> {
    const idle = snap.plows.filter((p) => p.status === 'idle' && p.saltTonnes >= 1);
    const queue = snap.segments
      .filter((s) => s.snowCm >= (s.priority === 1 ? 2 : 5))
      .sort((a, b) => a.priority - b.priority || b.snowCm - a.snowCm);

    let assigned = 0;
    for (const plow of idle) {
      const segment = queue.shift();
      if (!segment) break;
      await fleetApi.assign(plow.plowId, segment.segmentId);
      assigned += 1;
    }
    if (assigned > 0) opsLog.info(`dispatched ${assigned} plows`);
    return assigned;
  }

  async segmentsAwaitingPlow(priority: RoadSegment['priority']): Promise<RoadSegment[]> {
    const snap = this.snapshot && Date.now() - this.snapshot.takenAt < 30_000 ? this.snapshot : await this.refresh();
    return snap.segments.filter((s) => s.priority === priority && s.snowCm > 0);
  }
}
