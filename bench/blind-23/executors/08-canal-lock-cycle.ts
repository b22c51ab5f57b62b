// expect: no-multiple-settle
// Bug: settleTo() registers its 'level' handler with on() and never removes it, so every later level reading re-runs closePaddle/history.push and calls resolve again, and handlers pile up across cycles.
import { EventEmitter } from 'node:events';

export type Paddle = 'ground' | 'gate' | 'tail';

declare const lockPlc: {
  openPaddle(lock: string, paddle: Paddle): void;
  closePaddle(lock: string, paddle: Paddle): void;
  subscribeLevel(lock: string, cb: (metres: number) => void): () => void;
};

export interface LockMovement {
  direction: 'up' | 'down';
  fromMetres: number;
  toMetres: number;
  seconds: number;
}

export class LockChamber extends EventEmitter {
  private level = 0;
  private unsubscribe: (() => void) | null = null;
  readonly history: LockMovement[] = [];

  constructor(
    readonly name: string,
    readonly upperPoundMetres: number,
    readonly lowerPoundMetres: number,
    private readonly toleranceMetres = 0.03,
  ) {
    super();
  }

  start(): void {
    this.unsubscribe = lockPlc.subscribeLevel(this.name, (metres) => {
      this.level = metres;
      this.emit('level', metres);
    });
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  get currentLevel(): number {
    return this.level;
  }

  private settleTo(target: number, paddle: Paddle): Promise<LockMovement> {
    const from = this.level;
    const direction = target > from ? 'up' : 'down';
    const startedAt = Date.now();

    return new Promise<LockMovement>((resolve) => {
      const onLevel = (metres: number) => {
        const reached = direction === 'up' ? metres >= target - this.toleranceMetres : metres <= target + this.toleranceMetres;
        if (!reached) return;
        lockPlc.closePaddle(this.name, paddle);
        const movement: LockMovement = {
          direction,
          fromMetres: from,
          toMetres: metres,
          seconds: Math.round((Date.now() - startedAt) / 1000),
        };
        this.history.push(movement);
        resolve(movement);
      };
      this.on('level', onLevel);
      lockPlc.openPaddle(this.name, paddle);
    });
  }

  fill(): Promise<LockMovement> {
    return this.settleTo(this.upperPoundMetres, 'ground');
  }

  empty(): Promise<LockMovement> {
    return this.settleTo(this.lowerPoundMetres, 'tail');
  }
}

export async function workBoatUp(chamber: LockChamber, log: (msg: string) => void): Promise<void> {
  if (Math.abs(chamber.currentLevel - chamber.lowerPoundMetres) > 0.05) {
    const drained = await chamber.empty();
    log(`${chamber.name}: drained in ${drained.seconds}s`);
  }
  log(`${chamber.name}: boat entering from tail`);
  const filled = await chamber.fill();
  log(`${chamber.name}: filled to ${filled.toMetres.toFixed(2)}m in ${filled.seconds}s, opening top gates`);
}
