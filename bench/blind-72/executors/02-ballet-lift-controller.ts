// expect: none
// moveTo listens for 'position', 'fault' and a timeout; one cleanup() clears the timer and both listeners before the single settle on every path.
import { EventEmitter } from 'node:events';

export type LiftId = 'downstage' | 'center' | 'upstage';

export interface PositionEvent {
  lift: LiftId;
  heightMm: number;
}

export interface FaultEvent {
  lift: LiftId;
  code: string;
  message: string;
}

export interface MoveOptions {
  speedMmPerS?: number;
  timeoutMs?: number;
}

declare const motorBus: {
  command(lift: LiftId, targetMm: number, speedMmPerS: number): void;
  halt(lift: LiftId): void;
};

export class LiftFaultError extends Error {
  constructor(
    readonly lift: LiftId,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'LiftFaultError';
  }
}

export class StageLiftController extends EventEmitter {
  private readonly toleranceMm = 3;
  private readonly positions = new Map<LiftId, number>();

  reportPosition(event: PositionEvent): void {
    this.positions.set(event.lift, event.heightMm);
    this.emit('position', event);
  }

  reportFault(event: FaultEvent): void {
    this.emit('fault', event);
  }

  currentHeight(lift: LiftId): number | undefined {
    return this.positions.get(lift);
  }

  moveTo(lift: LiftId, targetMm: number, options: MoveOptions = {}): Promise<number> {
    const speed = options.speedMmPerS ?? 120;
    const current = this.positions.get(lift) ?? 0;
    const distance = Math.abs(targetMm - current);
    const timeoutMs = options.timeoutMs ?? Math.ceil((distance / speed) * 1000) + 2000;

    if (distance <= this.toleranceMm) {
      return Promise.resolve(current);
    }

    return new Promise<number>((resolve, reject) => {
      const onPosition = (event: PositionEvent) => {
        if (event.lift !== lift) return;
        if (Math.abs(event.heightMm - targetMm) > this.toleranceMm) return;
        cleanup();
        resolve(event.heightMm);
      };
      const onFault = (event: FaultEvent) => {
        if (event.lift !== lift) return;
        cleanup();
        reject(new LiftFaultError(lift, event.code, event.message));
      };
      const timer = setTimeout(() => {
        cleanup();
        motorBus.halt(lift);
        reject(new Error(`lift ${lift} did not reach ${targetMm}mm within ${timeoutMs}ms`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.off('position', onPosition);
        this.off('fault', onFault);
      };

      this.on('position', onPosition);
      this.on('fault', onFault);
      motorBus.command(lift, targetMm, speed);
    });
  }

  async runSequence(steps: ReadonlyArray<{ lift: LiftId; heightMm: number; holdMs?: number }>): Promise<number[]> {
    const reached: number[] = [];
    for (const step of steps) {
      reached.push(await this.moveTo(step.lift, step.heightMm));
      if (step.holdMs) {
        await new Promise<void>((resolve) => setTimeout(resolve, step.holdMs));
      }
    }
    return reached;
  }
}
