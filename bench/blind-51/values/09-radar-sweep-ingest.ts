// expect: no-promise-as-value
// ingest compares the parsed packet's sweepId (any) with station.currentSweepId(), an un-awaited Promise, so the check is always false and every packet is dropped as stale.
export interface RadarReturn {
  rangeM: number;
  azimuthDeg: number;
  velocityMs: number;
  reflectivityDbz: number;
}

export interface SweepFrame {
  postId: string;
  sweepId: string;
  returns: RadarReturn[];
  receivedAt: number;
}

interface RadarStation {
  readonly postId: string;
  currentSweepId(): Promise<string>;
}

declare const alertDesk: {
  raise(postId: string, message: string, severity: 'watch' | 'warning'): Promise<void>;
};
declare const radarLog: {
  debug(msg: string, meta?: Record<string, unknown>): void;
  warn(msg: string, meta?: Record<string, unknown>): void;
};

const MOVING_SNOW_MS = 2.5;
const MIN_MASS_RETURNS = 12;

function isReturn(value: unknown): value is RadarReturn {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return typeof r.rangeM === 'number' && typeof r.azimuthDeg === 'number' && typeof r.velocityMs === 'number';
}

export class SweepIngest {
  private readonly frames: SweepFrame[] = [];
  private dropped = 0;

  constructor(private readonly station: RadarStation) {}

  async ingest(raw: string): Promise<SweepFrame | undefined> {
    const packet = JSON.parse(raw);
    if (packet.postId !== this.station.postId) {
      radarLog.warn('packet for another post', { expected: this.station.postId, got: packet.postId });
      return undefined;
    }
    if (packet.sweepId !== this.station.currentSweepId()) {
      this.dropped += 1;
      radarLog.debug('stale sweep packet dropped', { sweepId: packet.sweepId });
      return undefined;
    }

    const returns: RadarReturn[] = Array.isArray(packet.returns) ? packet.returns.filter(isReturn) : [];
    const frame: SweepFrame = { postId: this.station.postId, sweepId: String(packet.sweepId), returns, receivedAt: Date.now() };
    this.frames.push(frame);
    await this.evaluate(frame);
    return frame;
  }

  private async evaluate(frame: SweepFrame): Promise<void> {
    const moving = frame.returns.filter((r) => r.velocityMs >= MOVING_SNOW_MS && r.reflectivityDbz > 20);
    if (moving.length < MIN_MASS_RETURNS) return;
    const fastest = Math.max(...moving.map((r) => r.velocityMs));
    const severity = fastest > 10 ? 'warning' : 'watch';
    await alertDesk.raise(frame.postId, `${moving.length} moving returns, peak ${fastest.toFixed(1)} m/s`, severity);
  }

  get droppedPackets(): number {
    return this.dropped;
  }

  recentFrames(limit = 10): SweepFrame[] {
    return this.frames.slice(-limit);
  }
}
