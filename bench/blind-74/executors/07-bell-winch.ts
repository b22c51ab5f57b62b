// expect: no-multiple-settle
// lowerTo() uses an async executor: if readLimits() rejects, the executor's own promise rejects and the returned promise never settles.
import { EventEmitter } from 'node:events';

export interface WinchLimits {
  maxDepthM: number;
  maxPayoutMps: number;
  minCableTensionKn: number;
}

export interface WinchReport {
  depthM: number;
  cablePaidM: number;
  peakTensionKn: number;
  durationMs: number;
}

interface WinchStatus {
  depthM: number;
  cablePaidM: number;
  tensionKn: number;
}

type WinchOp =
  | { op: 'payout'; targetDepthM: number; maxSpeedMps: number }
  | { op: 'haul'; targetDepthM: number; maxSpeedMps: number }
  | { op: 'brake' };

declare class WinchController extends EventEmitter {
  readLimits(): Promise<WinchLimits>;
  command(op: WinchOp): void;
}

declare const diveLog: {
  append(entry: { bellId: string; kind: string; detail: Record<string, unknown> }): Promise<void>;
};

const DECOMPRESSION_STOPS_M = [9, 6, 3];

export class BellWinch {
  constructor(
    private readonly bellId: string,
    private readonly controller: WinchController,
  ) {}

  lowerTo(depthM: number, speedMps = 0.5): Promise<WinchReport> {
    return new Promise<WinchReport>(async (resolve, reject) => {
      const limits = await this.controller.readLimits();
      if (depthM > limits.maxDepthM) {
        reject(new RangeError(`requested ${depthM} m exceeds winch limit ${limits.maxDepthM} m`));
        return;
      }
      const started = Date.now();
      let peakTensionKn = 0;

      const onStatus = (s: WinchStatus) => {
        peakTensionKn = Math.max(peakTensionKn, s.tensionKn);
        if (s.tensionKn < limits.minCableTensionKn) {
          this.controller.command({ op: 'brake' });
        }
      };
      const onArrived = (s: WinchStatus) => {
        cleanup();
        resolve({ depthM: s.depthM, cablePaidM: s.cablePaidM, peakTensionKn, durationMs: Date.now() - started });
      };
      const onFault = (code: string) => {
        cleanup();
        this.controller.command({ op: 'brake' });
        reject(new Error(`winch fault ${code} while lowering ${this.bellId}`));
      };
      const cleanup = () => {
        this.controller.off('status', onStatus);
        this.controller.off('arrived', onArrived);
        this.controller.off('fault', onFault);
      };

      this.controller.on('status', onStatus);
      this.controller.once('arrived', onArrived);
      this.controller.once('fault', onFault);
      this.controller.command({
        op: 'payout',
        targetDepthM: depthM,
        maxSpeedMps: Math.min(speedMps, limits.maxPayoutMps),
      });
    });
  }

  private haulTo(depthM: number, speedMps: number): Promise<WinchStatus> {
    return new Promise<WinchStatus>((resolve, reject) => {
      const onArrived = (s: WinchStatus) => {
        this.controller.off('fault', onFault);
        resolve(s);
      };
      const onFault = (code: string) => {
        this.controller.off('arrived', onArrived);
        reject(new Error(`winch fault ${code} while hauling ${this.bellId}`));
      };
      this.controller.once('arrived', onArrived);
      this.controller.once('fault', onFault);
      this.controller.command({ op: 'haul', targetDepthM: depthM, maxSpeedMps: speedMps });
    });
  }

  async recover(stopMinutes: number): Promise<void> {
    for (const stop of DECOMPRESSION_STOPS_M) {
      const status = await this.haulTo(stop, 0.3);
      await diveLog.append({ bellId: this.bellId, kind: 'deco-stop', detail: { ...status, minutes: stopMinutes } });
      await new Promise<void>((resolve) => setTimeout(resolve, stopMinutes * 60_000));
    }
    await this.haulTo(0, 0.2);
    await diveLog.append({ bellId: this.bellId, kind: 'surfaced', detail: {} });
  }
}
