// expect: no-leaked-race
// slewAndSettle races the mount against a setTimeout that is never cleared, so every successful slew leaves a live timer pending for the full budget.
import { EventEmitter } from 'node:events';

export interface Target {
  name: string;
  raDeg: number;
  decDeg: number;
  exposureS: number;
  priority: number;
}

export interface MountDriver extends EventEmitter {
  gotoEquatorial(raDeg: number, decDeg: number): void;
  stop(): void;
}

export class SlewTimeoutError extends Error {
  constructor(
    readonly target: string,
    readonly budgetMs: number,
  ) {
    super(`mount did not settle on ${target} within ${budgetMs}ms`);
    this.name = 'SlewTimeoutError';
  }
}

const MAX_SLEW_DEG_PER_S = 4;
const SETTLE_MARGIN_MS = 8_000;

function angularSeparation(a: { raDeg: number; decDeg: number }, b: { raDeg: number; decDeg: number }): number {
  const rad = Math.PI / 180;
  const cos =
    Math.sin(a.decDeg * rad) * Math.sin(b.decDeg * rad) +
    Math.cos(a.decDeg * rad) * Math.cos(b.decDeg * rad) * Math.cos((a.raDeg - b.raDeg) * rad);
  return Math.acos(Math.min(1, Math.max(-1, cos))) / rad;
}

export class ObservingQueue {
  private readonly pending: Target[] = [];
  private pointing = { raDeg: 0, decDeg: 90 };
  private running = false;

  constructor(
    private readonly mount: MountDriver,
    private readonly expose: (t: Target) => Promise<string>,
  ) {}

  enqueue(target: Target): void {
    this.pending.push(target);
    this.pending.sort((a, b) => b.priority - a.priority);
  }

  private slewAndSettle(target: Target): Promise<void> {
    const distance = angularSeparation(this.pointing, target);
    const budgetMs = Math.ceil((distance / MAX_SLEW_DEG_PER_S) * 1000) + SETTLE_MARGIN_MS;

    const settled = new Promise<void>((resolve, reject) => {
      const onSettled = () => {
        this.mount.off('fault', onFault);
        resolve();
      };
      const onFault = (err: Error) => {
        this.mount.off('settled', onSettled);
        reject(err);
      };
      this.mount.once('settled', onSettled);
      this.mount.once('fault', onFault);
      this.mount.gotoEquatorial(target.raDeg, target.decDeg);
    });

    const timeout = new Promise<never>((_, reject) => {
      setTimeout(() => {
        this.mount.stop();
        reject(new SlewTimeoutError(target.name, budgetMs));
      }, budgetMs);
    });

    return Promise.race([settled, timeout]);
  }

  async drain(onFrame: (target: Target, file: string) => void): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      while (this.pending.length > 0) {
        const target = this.pending.shift()!;
        try {
          await this.slewAndSettle(target);
        } catch (err) {
          if (err instanceof SlewTimeoutError) continue;
          throw err;
        }
        this.pointing = { raDeg: target.raDeg, decDeg: target.decDeg };
        onFrame(target, await this.expose(target));
      }
    } finally {
      this.running = false;
    }
  }
}
