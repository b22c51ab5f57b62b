// expect: no-uncalled-async-function
// Bug: shutdown does `await this.drainQueue` (the method) rather than `await this.drainQueue()`, so the spindle stops while blanks are still being turned.
import { EventEmitter } from 'node:events';

declare const latheSpindle: {
  turn(blank: ChopstickBlank, profile: TaperProfile): Promise<{ blankId: string; lengthMm: number; tipMm: number }>;
  stop(): Promise<void>;
  home(): Promise<void>;
};

export interface ChopstickBlank {
  blankId: string;
  wood: 'bamboo' | 'maple' | 'ebony';
  lengthMm: number;
}

export interface TaperProfile {
  buttMm: number;
  tipMm: number;
  feedMmPerSec: number;
}

const PROFILES: Record<ChopstickBlank['wood'], TaperProfile> = {
  bamboo: { buttMm: 7, tipMm: 2.5, feedMmPerSec: 18 },
  maple: { buttMm: 7.5, tipMm: 2.8, feedMmPerSec: 12 },
  ebony: { buttMm: 6.5, tipMm: 2.2, feedMmPerSec: 6 },
};

export class LatheQueue extends EventEmitter {
  private readonly queue: ChopstickBlank[] = [];
  private accepting = true;
  private turned = 0;

  enqueue(blank: ChopstickBlank): void {
    if (!this.accepting) {
      throw new Error(`lathe is shutting down; rejected ${blank.blankId}`);
    }
    if (blank.lengthMm < 200) {
      this.emit('rejected', blank, 'blank too short');
      return;
    }
    this.queue.push(blank);
    this.emit('queued', blank, this.queue.length);
  }

  get processed(): number {
    return this.turned;
  }

  async drainQueue(): Promise<void> {
    while (this.queue.length > 0) {
      const blank = this.queue.shift()!;
      try {
        const result = await latheSpindle.turn(blank, PROFILES[blank.wood]);
        this.turned += 1;
        this.emit('turned', result);
      } catch (err) {
        this.emit('failed', blank, err);
      }
    }
  }

  async shutdown(): Promise<number> {
    this.accepting = false;
    await this.drainQueue;
    await latheSpindle.stop();
    await latheSpindle.home();
    this.emit('stopped', this.turned);
    return this.turned;
  }
}

export function summarise(queue: LatheQueue): () => string {
  const byWood = new Map<string, number>();
  queue.on('turned', (result: { blankId: string }) => {
    const wood = result.blankId.split('-')[0];
    byWood.set(wood, (byWood.get(wood) ?? 0) + 1);
  });
  return () => [...byWood.entries()].map(([wood, n]) => `${wood}: ${n}`).join(', ');
}
