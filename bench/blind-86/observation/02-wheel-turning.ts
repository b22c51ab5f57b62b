// expect: none
// The interval callback is synchronous and the promise it starts has .catch attached at once; `void this.tick()` is safe because tick() catches everything itself.
import { setTimeout as delay } from 'node:timers/promises';

export interface Wheel {
  id: string;
  shelf: string;
  make: 'comte' | 'gruyere' | 'tomme';
  lastTurnedAt: Date | null;
}

declare const caveDb: {
  wheelsDueForTurning(olderThan: Date): Promise<Wheel[]>;
  recordTurn(wheelId: string, at: Date, brushed: boolean): Promise<void>;
};
declare const robot: {
  turn(shelf: string, wheelId: string): Promise<void>;
  brush(shelf: string, wheelId: string, brine: 'light' | 'heavy'): Promise<void>;
};

export class TurningScheduler {
  #interval: ReturnType<typeof setInterval> | null = null;
  #running = false;
  failures = 0;

  constructor(private readonly everyMs = 15 * 60_000, private readonly turnEveryHours = 48) {}

  start(): void {
    if (this.#interval) return;
    this.#interval = setInterval(() => {
      this.tick().catch((err) => {
        this.failures++;
        console.error('[cave] turning round failed', err);
      });
    }, this.everyMs);
    void this.tick();
  }

  stop(): void {
    if (this.#interval) clearInterval(this.#interval);
    this.#interval = null;
  }

  async tick(): Promise<void> {
    if (this.#running) return;
    this.#running = true;
    try {
      const cutoff = new Date(Date.now() - this.turnEveryHours * 3_600_000);
      const due = await caveDb.wheelsDueForTurning(cutoff);
      for (const wheel of due) {
        await robot.turn(wheel.shelf, wheel.id);
        const brush = wheel.make !== 'tomme';
        if (brush) {
          await robot.brush(wheel.shelf, wheel.id, wheel.make === 'comte' ? 'light' : 'heavy');
        }
        await caveDb.recordTurn(wheel.id, new Date(), brush);
        await delay(2_000); // let the arm settle between shelves
      }
    } catch (err) {
      this.failures++;
      console.error('[cave] turning round aborted', err);
    } finally {
      this.#running = false;
    }
  }
}
