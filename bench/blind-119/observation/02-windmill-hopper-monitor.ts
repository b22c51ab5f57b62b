// expect: no-floating-promises
// The async 'empty' listener's promise is ignored by the EventEmitter, so a failure while lifting the runner stone becomes an unhandled rejection.
import { EventEmitter } from 'node:events';

export interface MillstoneController {
  liftRunner(mm: number): Promise<void>;
  lowerRunner(mm: number): Promise<void>;
  disengageSails(): Promise<void>;
}

export interface Logger {
  info(msg: string): void;
  warn(msg: string): void;
}

export type MillState = 'idle' | 'grinding' | 'starved';

export class HopperMonitor {
  private state: MillState = 'idle';
  private lastLevel = 0;

  constructor(
    private readonly hopper: EventEmitter,
    private readonly stones: MillstoneController,
    private readonly log: Logger,
    private readonly lowWaterMark = 12,
  ) {}

  get current(): MillState {
    return this.state;
  }

  start(): void {
    this.hopper.on('level', (pct: number) => this.onLevel(pct));
    this.hopper.on('empty', async () => {
      this.log.warn('hopper empty, lifting runner stone to avoid stone-on-stone contact');
      this.state = 'starved';
      await this.stones.liftRunner(2);
      await this.stones.disengageSails();
      this.state = 'idle';
      this.log.info('mill parked until hopper is refilled');
    });
  }

  stop(): void {
    this.hopper.removeAllListeners('level');
    this.hopper.removeAllListeners('empty');
  }

  async resume(gapMm: number): Promise<void> {
    if (this.lastLevel <= this.lowWaterMark) {
      throw new Error(`hopper at ${this.lastLevel}%, refill before resuming`);
    }
    await this.stones.lowerRunner(gapMm);
    this.state = 'grinding';
  }

  private onLevel(pct: number): void {
    const previous = this.lastLevel;
    this.lastLevel = pct;
    if (pct <= this.lowWaterMark && previous > this.lowWaterMark) {
      this.log.warn(`hopper below ${this.lowWaterMark}%`);
    }
  }
}
