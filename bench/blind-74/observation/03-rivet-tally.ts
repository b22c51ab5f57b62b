// expect: no-floating-promises
// The 'batch' listener is an async function; EventEmitter discards its promise, so a failed ledger append becomes an unhandled rejection.
import { EventEmitter } from 'node:events';

export interface RivetBatch {
  counterId: string;
  hullSection: string;
  rivets: number;
  rejected: number;
  at: number;
}

export interface ShiftTotals {
  shiftId: string;
  bySection: Record<string, { rivets: number; rejected: number }>;
}

declare const rivetCounters: EventEmitter & {
  arm(counterId: string): Promise<void>;
  disarm(counterId: string): Promise<void>;
};

declare const yardLedger: {
  append(shiftId: string, batch: RivetBatch): Promise<void>;
  totals(shiftId: string): Promise<ShiftTotals>;
};

declare const foreman: {
  page(message: string): Promise<void>;
};

const SHIFT_HOURS = [6, 14, 22];
const REJECT_RATE_ALERT = 0.04;

function shiftIdFor(at: number): string {
  const d = new Date(at);
  const hour = d.getUTCHours();
  const start = [...SHIFT_HOURS].reverse().find((h) => hour >= h) ?? SHIFT_HOURS[SHIFT_HOURS.length - 1];
  const day = hour < SHIFT_HOURS[0] ? new Date(at - 86_400_000) : d;
  return `${day.toISOString().slice(0, 10)}-${String(start).padStart(2, '0')}`;
}

export class RivetTally {
  private readonly running = new Map<string, { rivets: number; rejected: number }>();
  private readonly counters: string[] = [];
  private listening = false;

  private readonly onBatch = async (batch: RivetBatch) => {
    const shiftId = shiftIdFor(batch.at);
    await yardLedger.append(shiftId, batch);
    const key = `${shiftId}/${batch.hullSection}`;
    const current = this.running.get(key) ?? { rivets: 0, rejected: 0 };
    current.rivets += batch.rivets;
    current.rejected += batch.rejected;
    this.running.set(key, current);
  };

  async start(counterIds: string[]): Promise<void> {
    for (const id of counterIds) {
      await rivetCounters.arm(id);
      this.counters.push(id);
    }
    if (!this.listening) {
      rivetCounters.on('batch', this.onBatch);
      this.listening = true;
    }
  }

  async stop(): Promise<void> {
    rivetCounters.off('batch', this.onBatch);
    this.listening = false;
    for (const id of this.counters.splice(0)) {
      await rivetCounters.disarm(id);
    }
  }

  async closeShift(shiftId: string): Promise<ShiftTotals> {
    const totals = await yardLedger.totals(shiftId);
    for (const [section, t] of Object.entries(totals.bySection)) {
      const rate = t.rivets === 0 ? 0 : t.rejected / t.rivets;
      if (rate > REJECT_RATE_ALERT) {
        await foreman.page(`Section ${section}: ${(rate * 100).toFixed(1)}% rivets rejected on shift ${shiftId}`);
      }
    }
    for (const key of [...this.running.keys()]) {
      if (key.startsWith(`${shiftId}/`)) this.running.delete(key);
    }
    return totals;
  }

  live(section: string): { rivets: number; rejected: number } {
    const shiftId = shiftIdFor(Date.now());
    return this.running.get(`${shiftId}/${section}`) ?? { rivets: 0, rejected: 0 };
  }
}
