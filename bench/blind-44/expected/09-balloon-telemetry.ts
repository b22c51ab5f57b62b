// expect: none
// Both loaders are called inside Promise.all, function references go only to map/then/interval callbacks, and the flushing property returned is itself a promise, not a method.
export interface RawFrame {
  balloonId: string;
  seq: number;
  altitudeM: number;
  pressureHpa: number;
  tempC: number;
  rhPercent: number;
}

export interface Observation {
  balloonId: string;
  altitudeM: number;
  pressureHpa: number;
  tempC: number;
  dewPointC: number;
}

interface Calibration {
  tempOffsetC: number;
  pressureOffsetHpa: number;
}

declare const groundStation: {
  loadActiveBalloons(): Promise<string[]>;
  loadCalibration(): Promise<Record<string, Calibration>>;
  upload(observations: Observation[]): Promise<void>;
};
declare const log: { error(msg: string, err: unknown): void };

function dewPoint(tempC: number, rh: number): number {
  const a = 17.62;
  const b = 243.12;
  const gamma = Math.log(Math.max(rh, 1) / 100) + (a * tempC) / (b + tempC);
  return Math.round(((b * gamma) / (a - gamma)) * 10) / 10;
}

function decodeLine(line: string): RawFrame {
  const [balloonId, seq, alt, p, t, rh] = line.trim().split(',');
  return { balloonId, seq: Number(seq), altitudeM: Number(alt), pressureHpa: Number(p), tempC: Number(t), rhPercent: Number(rh) };
}

export class TelemetryBuffer {
  private active = new Set<string>();
  private calibration: Record<string, Calibration> = {};
  private buffered: Observation[] = [];
  private flushing: Promise<void> = Promise.resolve();
  private timer?: ReturnType<typeof setInterval>;

  async start(flushEveryMs = 30_000): Promise<void> {
    const [balloons, calibration] = await Promise.all([
      groundStation.loadActiveBalloons(),
      groundStation.loadCalibration(),
    ]);
    this.active = new Set(balloons);
    this.calibration = calibration;
    this.timer = setInterval(() => {
      this.flush().catch((err) => log.error('telemetry upload failed', err));
    }, flushEveryMs);
  }

  ingest(lines: string[]): number {
    const frames = lines.filter((l) => l.includes(',')).map(decodeLine);
    const kept = frames.filter((f) => this.active.has(f.balloonId)).map(this.toObservation);
    this.buffered.push(...kept);
    return kept.length;
  }

  ingestText(text: Promise<string>): Promise<number> {
    return text.then((body) => body.split('\n')).then((lines) => this.ingest(lines));
  }

  flush(): Promise<void> {
    const batch = this.buffered;
    this.buffered = [];
    // A failed upload must not poison the chain for the next batch.
    this.flushing = this.flushing
      .catch(() => undefined)
      .then(() => (batch.length ? groundStation.upload(batch) : undefined));
    return this.flushing;
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  private readonly toObservation = (frame: RawFrame): Observation => {
    const cal = this.calibration[frame.balloonId] ?? { tempOffsetC: 0, pressureOffsetHpa: 0 };
    const tempC = frame.tempC + cal.tempOffsetC;
    return {
      balloonId: frame.balloonId,
      altitudeM: frame.altitudeM,
      pressureHpa: frame.pressureHpa + cal.pressureOffsetHpa,
      tempC,
      dewPointC: dewPoint(tempC, frame.rhPercent),
    };
  };
}
