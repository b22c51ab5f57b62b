// expect: no-uncalled-async-function
// For sails with no torn panels the queued task returns the stamp function itself instead of stamp(), so undamaged sails are never stamped as inspected.
import { EventEmitter } from 'node:events';

export interface SailPanel {
  index: number;
  torn: boolean;
  canvasAreaM2: number;
}

export interface Sail {
  id: string;
  millId: string;
  arm: 1 | 2 | 3 | 4;
  panels: SailPanel[];
  lastInspected: Date | null;
}

interface WorkQueue {
  enqueue(key: string, task: () => Promise<unknown>): Promise<unknown>;
  size(): number;
}

declare const repairQueue: WorkQueue;

declare const canvasStore: {
  reserve(areaM2: number): Promise<{ rollId: string }>;
};

declare const ledger: {
  stamp(sailId: string, at: Date): Promise<void>;
  repaired(sailId: string, panels: number[], rollId: string): Promise<void>;
};

export class SailMender extends EventEmitter {
  private readonly inFlight = new Set<string>();

  constructor(private readonly queue: WorkQueue = repairQueue) {
    super();
  }

  private async patchPanels(sail: Sail): Promise<void> {
    const torn = sail.panels.filter((p) => p.torn);
    const area = torn.reduce((sum, p) => sum + p.canvasAreaM2 * 1.15, 0);
    const { rollId } = await canvasStore.reserve(area);
    await ledger.repaired(
      sail.id,
      torn.map((p) => p.index),
      rollId,
    );
    this.emit('patched', sail.id, torn.length);
  }

  async survey(sails: Sail[]): Promise<number> {
    const jobs: Promise<unknown>[] = [];
    for (const sail of sails) {
      if (this.inFlight.has(sail.id)) continue;
      this.inFlight.add(sail.id);

      const stamp = () => ledger.stamp(sail.id, new Date());
      const job = this.queue
        .enqueue(sail.id, async () => {
          const needsWork = sail.panels.some((p) => p.torn);
          return needsWork ? this.patchPanels(sail).then(stamp) : stamp;
        })
        .finally(() => {
          this.inFlight.delete(sail.id);
        });
      jobs.push(job);
    }
    await Promise.all(jobs);
    this.emit('surveyed', jobs.length);
    return jobs.length;
  }

  overdue(sails: Sail[], maxAgeDays = 30): Sail[] {
    const cutoff = Date.now() - maxAgeDays * 86_400_000;
    return sails.filter((s) => s.lastInspected === null || s.lastInspected.getTime() < cutoff);
  }
}

export async function weeklyRound(mender: SailMender, sails: Sail[]): Promise<number> {
  const due = mender.overdue(sails);
  if (due.length === 0) return 0;
  return mender.survey(due.sort((a, b) => a.millId.localeCompare(b.millId) || a.arm - b.arm));
}
