// expect: none
// finishingStepFor deliberately returns a method (not its result) and the line always calls the chosen step; the queue and listener also expect functions.
import { EventEmitter } from 'node:events';

export interface Bottle {
  serial: string;
  sauce: 'habanero' | 'ghost-pepper' | 'chipotle' | 'green-jalapeno';
  ml: number;
  giftBox: boolean;
}

export interface LineStats {
  filled: number;
  capped: number;
  labelled: number;
  boxed: number;
}

type Step = (bottle: Bottle) => Promise<void>;

declare const filler: { dispense(serial: string, ml: number): Promise<number> };
declare const capper: EventEmitter & { cap(serial: string): void };
declare const labeller: { apply(serial: string, design: string): Promise<void> };
declare const boxer: { pack(serial: string): Promise<void> };

class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  add<T>(task: () => Promise<T>): Promise<T> {
    const run = this.tail.then(task, task);
    this.tail = run.catch(() => undefined);
    return run;
  }
}

export class BottlingLine {
  private readonly queue = new SerialQueue();
  readonly stats: LineStats = { filled: 0, capped: 0, labelled: 0, boxed: 0 };

  constructor() {
    capper.on('capped', this.onCapped);
  }

  private readonly onCapped = (serial: string): void => {
    this.stats.capped++;
    if (this.stats.capped % 500 === 0) {
      capper.emit('maintenance-due', { serial, capped: this.stats.capped });
    }
  };

  private async labelOnly(bottle: Bottle): Promise<void> {
    await labeller.apply(bottle.serial, `${bottle.sauce}-${bottle.ml}`);
    this.stats.labelled++;
  }

  private async labelAndBox(bottle: Bottle): Promise<void> {
    await this.labelOnly(bottle);
    await boxer.pack(bottle.serial);
    this.stats.boxed++;
  }

  finishingStepFor(bottle: Bottle): Step {
    return bottle.giftBox ? this.labelAndBox : this.labelOnly;
  }

  private async fill(bottle: Bottle): Promise<void> {
    const dispensed = await filler.dispense(bottle.serial, bottle.ml);
    if (Math.abs(dispensed - bottle.ml) > 2) {
      throw new Error(`bottle ${bottle.serial} underfilled: ${dispensed}/${bottle.ml}ml`);
    }
    this.stats.filled++;
  }

  process(bottle: Bottle): Promise<void> {
    return this.queue.add(async () => {
      await this.fill(bottle);
      capper.cap(bottle.serial);
      const finish = this.finishingStepFor(bottle);
      await finish.call(this, bottle);
    });
  }

  async run(bottles: Bottle[]): Promise<LineStats> {
    await Promise.all(bottles.map((b) => this.process(b)));
    return { ...this.stats };
  }

  shutdown(): void {
    capper.off('capped', this.onCapped);
  }
}
