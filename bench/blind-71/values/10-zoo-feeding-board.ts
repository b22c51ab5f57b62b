// expect: none
// The timer callback writes this.lastRefresh and the board reads it only from later calls; the async isDue() result is awaited before the truthiness test.
import { EventEmitter } from "node:events";

export interface FeedingSlot {
  enclosureId: string;
  animal: string;
  time: string;
  keeper: string;
  fed: boolean;
}

declare const feedingApi: {
  today(): Promise<FeedingSlot[]>;
  isDue(enclosureId: string, time: string): Promise<boolean>;
  markFed(enclosureId: string, time: string, keeper: string): Promise<void>;
};

export class FeedingBoard extends EventEmitter {
  private slots: FeedingSlot[] = [];
  private lastRefresh: Date | null = null;
  private timer: ReturnType<typeof setInterval> | undefined;

  start(intervalMs = 60_000): void {
    this.timer = setInterval(() => {
      feedingApi
        .today()
        .then((slots) => {
          this.slots = slots;
          this.lastRefresh = new Date();
          this.emit("refreshed", slots.length);
        })
        .catch((err: Error) => {
          console.error(`feeding board refresh failed: ${err.message}`);
        });
    }, intervalMs);
  }

  stop(): void {
    clearInterval(this.timer);
  }

  staleness(now = new Date()): string {
    if (!this.lastRefresh) return "never refreshed";
    const minutes = Math.round((now.getTime() - this.lastRefresh.getTime()) / 60_000);
    return minutes === 0 ? "just now" : `${minutes} min ago`;
  }

  async overdue(): Promise<FeedingSlot[]> {
    const overdue: FeedingSlot[] = [];
    for (const slot of this.slots) {
      if (slot.fed) continue;
      const due = await feedingApi.isDue(slot.enclosureId, slot.time);
      if (due) {
        overdue.push(slot);
      }
    }
    return overdue;
  }

  async confirm(enclosureId: string, time: string, keeper: string): Promise<boolean> {
    const slot = this.slots.find((s) => s.enclosureId === enclosureId && s.time === time);
    if (!slot || slot.fed) return false;
    await feedingApi.markFed(enclosureId, time, keeper);
    slot.fed = true;
    return true;
  }

  render(): string {
    const rows = [...this.slots]
      .sort((a, b) => a.time.localeCompare(b.time))
      .map((s) => `${s.time}  ${s.animal.padEnd(16)} ${s.fed ? "fed" : "waiting"}  (${s.keeper})`);
    return [`Feeding board - updated ${this.staleness()}`, ...rows].join("\n");
  }
}
