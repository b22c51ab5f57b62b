// expect: none
// Probes are zeroed in a for-of with await, background uploads are deliberately detached with void plus .catch, and the stall listener catches its own failures.
import { EventEmitter } from 'node:events';

export interface ProbeSample {
  probeId: string;
  x: number;
  z: number;
  pressurePa: number;
  velocityMs: number;
}

interface Probe {
  id: string;
  zero(): Promise<void>;
  sample(): Promise<ProbeSample>;
}

declare const traverse: {
  moveTo(x: number, z: number): Promise<void>;
};

declare const uploader: {
  push(runId: string, samples: ProbeSample[]): Promise<void>;
};

declare const tunnelLog: {
  warn(msg: string, meta?: Record<string, unknown>): void;
};

export class ProbeSweep extends EventEmitter {
  private readonly samples: ProbeSample[] = [];
  private stalled = false;

  constructor(
    private readonly runId: string,
    private readonly probes: Probe[],
    tunnel: EventEmitter,
  ) {
    super();
    tunnel.on('stall', (airspeed: number) => {
      this.handleStall(airspeed).catch((err: unknown) => {
        tunnelLog.warn('failed to park traverse after stall', { runId: this.runId, err: String(err) });
      });
    });
  }

  private async handleStall(airspeed: number): Promise<void> {
    this.stalled = true;
    tunnelLog.warn('tunnel stall detected; parking traverse', { runId: this.runId, airspeed });
    await traverse.moveTo(0, 0);
  }

  private uploadInBackground(batch: ProbeSample[]): void {
    void uploader.push(this.runId, batch).catch((err: unknown) => {
      tunnelLog.warn('sample upload failed; will be retried at end of run', { runId: this.runId, err: String(err) });
      this.samples.push(...batch);
    });
  }

  async run(grid: Array<{ x: number; z: number }>): Promise<number> {
    for (const probe of this.probes) {
      await probe.zero();
    }

    let count = 0;
    for (const point of grid) {
      if (this.stalled) {
        break;
      }
      await traverse.moveTo(point.x, point.z);
      const batch: ProbeSample[] = [];
      for (const probe of this.probes) {
        batch.push(await probe.sample());
      }
      batch.forEach((s) => {
        s.x = point.x;
        s.z = point.z;
      });
      count += batch.length;
      this.uploadInBackground(batch);
    }
    return count;
  }

  async flushRetries(): Promise<void> {
    if (this.samples.length === 0) {
      return;
    }
    const retry = this.samples.splice(0);
    await uploader.push(this.runId, retry);
  }
}
