// expect: no-leaked-race
// Promise.any takes the first mirror to answer, but the fetches to the other mirrors are never aborted and keep downloading the full snapshot.
import { EventEmitter } from 'node:events';

export interface TurbineSample {
  turbineId: string;
  rotorRpm: number;
  outputKw: number;
  bladePitchDeg: number;
  flowSpeedMs: number;
}

export interface LagoonSnapshot {
  stationId: string;
  capturedAt: string;
  basinLevelM: number;
  seaLevelM: number;
  sluiceGatesOpen: number;
  turbines: TurbineSample[];
}

export interface MirrorConfig {
  stationId: string;
  mirrors: string[];
  refreshMs: number;
}

async function loadSnapshot(mirror: string, stationId: string): Promise<LagoonSnapshot> {
  const res = await fetch(`${mirror}/stations/${encodeURIComponent(stationId)}/snapshot`, {
    headers: { accept: 'application/json' },
    cache: 'no-store',
  });
  if (!res.ok) {
    throw new Error(`${mirror} answered ${res.status}`);
  }
  const snapshot = (await res.json()) as LagoonSnapshot;
  if (snapshot.stationId !== stationId) {
    throw new Error(`${mirror} returned data for ${snapshot.stationId}`);
  }
  return snapshot;
}

export class TidalTelemetryFeed extends EventEmitter {
  private timer: NodeJS.Timeout | undefined;
  private latest: LagoonSnapshot | undefined;
  private inFlight = false;

  constructor(private readonly config: MirrorConfig) {
    super();
    if (config.mirrors.length === 0) {
      throw new Error('at least one telemetry mirror is required');
    }
  }

  get current(): LagoonSnapshot | undefined {
    return this.latest;
  }

  start(): void {
    if (this.timer) return;
    void this.refresh();
    this.timer = setInterval(() => void this.refresh(), this.config.refreshMs);
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  async refresh(): Promise<void> {
    if (this.inFlight) return;
    this.inFlight = true;
    try {
      const snapshot = await Promise.any(this.config.mirrors.map((m) => loadSnapshot(m, this.config.stationId)));
      if (this.latest && snapshot.capturedAt <= this.latest.capturedAt) return;
      this.latest = snapshot;
      this.emit('snapshot', snapshot);
      const head = snapshot.basinLevelM - snapshot.seaLevelM;
      if (Math.abs(head) < 0.5 && snapshot.sluiceGatesOpen === 0) {
        this.emit('slack-water', { stationId: snapshot.stationId, headM: head });
      }
    } catch (err) {
      const errors = err instanceof AggregateError ? err.errors : [err];
      this.emit('stale', { stationId: this.config.stationId, errors });
    } finally {
      this.inFlight = false;
    }
  }
}
