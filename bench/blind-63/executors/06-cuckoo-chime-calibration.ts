// expect: none
// Each deferred from Promise.withResolvers is settled from exactly one place and removed from the map before settling.
import { EventEmitter } from 'node:events';

export interface ChimeSample {
  movementId: string;
  driftMs: number;
  bellowsPressure: number;
}

interface PendingCalibration {
  resolve: (sample: ChimeSample) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

declare const benchSerial: EventEmitter & {
  send(frame: string): void;
};

export class ChimeCalibrationBench {
  private readonly pending = new Map<string, PendingCalibration>();
  private seq = 0;

  constructor(private readonly timeoutMs = 8_000) {
    benchSerial.on('frame', (frame: string) => this.onFrame(frame));
    benchSerial.on('error', (err: Error) => this.failAll(err));
    benchSerial.on('close', () => this.failAll(new Error('calibration bench disconnected')));
  }

  calibrate(movementId: string): Promise<ChimeSample> {
    const tag = `c${++this.seq}`;
    const { promise, resolve, reject } = Promise.withResolvers<ChimeSample>();
    const timer = setTimeout(() => {
      this.take(tag)?.reject(new Error(`movement ${movementId} did not chime within ${this.timeoutMs}ms`));
    }, this.timeoutMs);
    this.pending.set(tag, { resolve, reject, timer });
    try {
      benchSerial.send(`CAL ${tag} ${movementId}`);
    } catch (err) {
      this.take(tag)?.reject(err instanceof Error ? err : new Error(String(err)));
    }
    return promise;
  }

  private take(tag: string): PendingCalibration | undefined {
    const entry = this.pending.get(tag);
    if (!entry) return undefined;
    this.pending.delete(tag);
    clearTimeout(entry.timer);
    return entry;
  }

  private onFrame(frame: string): void {
    const [kind, tag, movementId, drift, pressure] = frame.trim().split(/\s+/);
    if (kind === 'ERR') {
      this.take(tag)?.reject(new Error(`bench rejected ${movementId}: ${drift}`));
      return;
    }
    if (kind !== 'OK') return;
    this.take(tag)?.resolve({
      movementId,
      driftMs: Number(drift),
      bellowsPressure: Number(pressure),
    });
  }

  private failAll(err: Error): void {
    for (const tag of [...this.pending.keys()]) {
      this.take(tag)?.reject(err);
    }
  }
}

export async function calibrateCase(bench: ChimeCalibrationBench, movements: string[]): Promise<ChimeSample[]> {
  const samples: ChimeSample[] = [];
  for (const id of movements) {
    const sample = await bench.calibrate(id);
    if (Math.abs(sample.driftMs) > 250) {
      throw new Error(`movement ${id} drifts ${sample.driftMs}ms per hour; regulate pendulum before casing`);
    }
    samples.push(sample);
  }
  return samples;
}
