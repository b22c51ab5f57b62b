// expect: require-signal-propagation
// runSweep passes its signal to the turntable and the DAQ but waits out the flow-settling delay with a timer that ignores it, so an abort is not noticed until the settle period ends.
import { setTimeout as sleep } from 'node:timers/promises';

export interface SweepPoint {
  yawDeg: number;
  pitchDeg: number;
  airspeedMs: number;
}

export interface ForceSample {
  point: SweepPoint;
  liftN: number;
  dragN: number;
  sideN: number;
  pitchingMomentNm: number;
}

export interface Turntable {
  rotateTo(yawDeg: number, pitchDeg: number, opts?: { signal?: AbortSignal }): Promise<void>;
}

export interface TunnelFan {
  holdAirspeed(ms: number, opts?: { signal?: AbortSignal }): Promise<void>;
}

export interface Daq {
  capture(durationMs: number, opts?: { signal?: AbortSignal }): Promise<Omit<ForceSample, 'point'>>;
}

export interface SweepOptions {
  signal?: AbortSignal;
  settleMs?: number;
  captureMs?: number;
  onPoint?: (sample: ForceSample, index: number) => void;
}

export class SweepSequencer {
  constructor(
    private readonly turntable: Turntable,
    private readonly fan: TunnelFan,
    private readonly daq: Daq,
  ) {}

  async runSweep(points: SweepPoint[], options: SweepOptions = {}): Promise<ForceSample[]> {
    const { signal, settleMs = 4_000, captureMs = 2_000, onPoint } = options;
    const samples: ForceSample[] = [];
    let airspeed = Number.NaN;

    for (const [index, point] of points.entries()) {
      signal?.throwIfAborted();

      if (point.airspeedMs !== airspeed) {
        await this.fan.holdAirspeed(point.airspeedMs, { signal });
        airspeed = point.airspeedMs;
      }
      await this.turntable.rotateTo(point.yawDeg, point.pitchDeg, { signal });
      await sleep(settleMs);

      const forces = await this.daq.capture(captureMs, { signal });
      const sample = { point, ...forces };
      samples.push(sample);
      onPoint?.(sample, index);
    }

    await this.turntable.rotateTo(0, 0, { signal });
    return samples;
  }

  static yawPolar(airspeedMs: number, fromDeg: number, toDeg: number, stepDeg: number): SweepPoint[] {
    const points: SweepPoint[] = [];
    for (let yaw = fromDeg; yaw <= toDeg + 1e-9; yaw += stepDeg) {
      points.push({ yawDeg: Math.round(yaw * 100) / 100, pitchDeg: 0, airspeedMs });
    }
    return points;
  }
}
