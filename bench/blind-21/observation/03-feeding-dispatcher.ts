// expect: none
// Correct: the interval fires dispatch() without awaiting, but the chain ends in a .catch that routes failures to the 'error' event.
import { EventEmitter } from 'node:events';

export interface FeedingSlot {
  enclosure: string;
  species: string;
  at: string; // "HH:MM" local time
  keeperId: string;
  diet: string;
}

declare const pager: {
  send(keeperId: string, message: string): Promise<void>;
};

declare const feedingLog: {
  hasEntry(enclosure: string, date: string, at: string): Promise<boolean>;
  record(enclosure: string, date: string, at: string, status: 'paged' | 'skipped'): Promise<void>;
};

function localDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function minutesOfDay(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

export class FeedingDispatcher extends EventEmitter {
  private timer: NodeJS.Timeout | undefined;
  private running = false;

  constructor(
    private readonly schedule: FeedingSlot[],
    private readonly leadMinutes = 10,
    private readonly clock: () => Date = () => new Date(),
  ) {
    super();
  }

  start(intervalMs = 30_000): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = true;
      this.dispatch()
        .finally(() => {
          this.running = false;
        })
        .catch((err: unknown) => this.emit('error', err));
    }, intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  async dispatch(): Promise<number> {
    const now = this.clock();
    const today = localDate(now);
    const nowMin = now.getHours() * 60 + now.getMinutes();
    let paged = 0;

    for (const slot of this.schedule) {
      const due = minutesOfDay(slot.at) - nowMin;
      if (due < 0 || due > this.leadMinutes) continue;
      if (await feedingLog.hasEntry(slot.enclosure, today, slot.at)) continue;

      await pager.send(slot.keeperId, `${slot.species} (${slot.enclosure}) due at ${slot.at}: ${slot.diet}`);
      await feedingLog.record(slot.enclosure, today, slot.at, 'paged');
      this.emit('paged', slot);
      paged++;
    }
    return paged;
  }
}
