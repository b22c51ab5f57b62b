// expect: no-multiple-settle
// The executor is async and awaits readPosition before wiring up any settle path, so if that read rejects the returned promise never settles.
import { EventEmitter } from 'node:events';

export interface WinchBus extends EventEmitter {
  readPosition(lineId: string): Promise<number>;
  command(lineId: string, targetMm: number, speedMmS: number): void;
  halt(lineId: string): void;
}

export interface MoveOptions {
  speedMmS?: number;
  toleranceMm?: number;
  timeoutMs?: number;
}

export class FlyLineWinch {
  private moving = new Set<string>();

  constructor(
    private readonly bus: WinchBus,
    private readonly softLimits: Record<string, { minMm: number; maxMm: number }>,
  ) {}

  moveTo(lineId: string, targetMm: number, options: MoveOptions = {}): Promise<number> {
    const limits = this.softLimits[lineId];
    if (!limits) return Promise.reject(new Error(`unknown fly line ${lineId}`));
    if (targetMm < limits.minMm || targetMm > limits.maxMm) {
      return Promise.reject(new RangeError(`${lineId}: ${targetMm} mm is outside the soft limits`));
    }
    if (this.moving.has(lineId)) return Promise.reject(new Error(`${lineId} is already moving`));

    const speed = options.speedMmS ?? 250;
    const tolerance = options.toleranceMm ?? 3;
    const timeoutMs = options.timeoutMs ?? 20_000;

    return new Promise<number>(async (resolve, reject) => {
      const startMm = await this.bus.readPosition(lineId);
      if (Math.abs(startMm - targetMm) <= tolerance) {
        resolve(startMm);
        return;
      }

      let finished = false;
      const finish = (settle: () => void) => {
        if (finished) return;
        finished = true;
        clearTimeout(timer);
        this.bus.off('position', onPosition);
        this.bus.off('fault', onFault);
        this.moving.delete(lineId);
        settle();
      };

      const onPosition = (id: string, mm: number) => {
        if (id === lineId && Math.abs(mm - targetMm) <= tolerance) finish(() => resolve(mm));
      };
      const onFault = (id: string, code: string) => {
        if (id !== lineId) return;
        this.bus.halt(lineId);
        finish(() => reject(new Error(`${lineId} faulted with ${code}`)));
      };
      const timer = setTimeout(() => {
        this.bus.halt(lineId);
        finish(() => reject(new Error(`${lineId} did not reach ${targetMm} mm in ${timeoutMs} ms`)));
      }, timeoutMs);

      this.moving.add(lineId);
      this.bus.on('position', onPosition);
      this.bus.on('fault', onFault);
      try {
        this.bus.command(lineId, targetMm, speed);
      } catch (err) {
        finish(() => reject(err));
      }
    });
  }

  async flyOut(lineIds: string[]): Promise<void> {
    for (const id of lineIds) {
      await this.moveTo(id, this.softLimits[id].maxMm);
    }
  }
}
