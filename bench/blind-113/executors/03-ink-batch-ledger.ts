// expect: none
// Each waiter's deferred is removed from the pending list before it is resolved or rejected, so a batch, a timeout or a studio shutdown can settle it only once.
import { EventEmitter } from 'node:events';

export type InkColour = 'sumi-black' | 'vermilion' | 'indigo' | 'ochre';

export interface InkBatch {
  colour: InkColour;
  millilitres: number;
  groundBy: string;
  readyAt: Date;
}

interface Waiter {
  studentId: string;
  resolve: (batch: InkBatch) => void;
  reject: (reason: Error) => void;
  timer: NodeJS.Timeout;
}

export class InkBatchLedger extends EventEmitter {
  private waiters = new Map<InkColour, Waiter[]>();
  private stock = new Map<InkColour, InkBatch>();

  constructor(private readonly maxWaitMs = 15 * 60_000) {
    super();
  }

  waitForBatch(colour: InkColour, studentId: string): Promise<InkBatch> {
    const ready = this.stock.get(colour);
    if (ready && ready.millilitres > 0) return Promise.resolve(ready);

    const { promise, resolve, reject } = Promise.withResolvers<InkBatch>();
    const waiter: Waiter = {
      studentId,
      resolve,
      reject,
      timer: setTimeout(() => {
        if (this.remove(colour, waiter)) {
          reject(new Error(`no ${colour} ink was ground for ${studentId} in time`));
        }
      }, this.maxWaitMs),
    };
    const list = this.waiters.get(colour) ?? [];
    list.push(waiter);
    this.waiters.set(colour, list);
    return promise;
  }

  batchReady(batch: InkBatch): void {
    this.stock.set(batch.colour, batch);
    const list = this.waiters.get(batch.colour) ?? [];
    this.waiters.delete(batch.colour);
    for (const w of list) {
      clearTimeout(w.timer);
      w.resolve(batch);
    }
    this.emit('batch', batch);
  }

  consume(colour: InkColour, millilitres: number): void {
    const batch = this.stock.get(colour);
    if (!batch) return;
    batch.millilitres = Math.max(0, batch.millilitres - millilitres);
    if (batch.millilitres === 0) this.stock.delete(colour);
  }

  closeStudio(reason = 'studio closed for the day'): void {
    const all = [...this.waiters.values()].flat();
    this.waiters.clear();
    for (const w of all) {
      clearTimeout(w.timer);
      w.reject(new Error(reason));
    }
  }

  pendingFor(colour: InkColour): string[] {
    return (this.waiters.get(colour) ?? []).map((w) => w.studentId);
  }

  private remove(colour: InkColour, waiter: Waiter): boolean {
    const list = this.waiters.get(colour);
    if (!list) return false;
    const idx = list.indexOf(waiter);
    if (idx === -1) return false;
    list.splice(idx, 1);
    if (list.length === 0) this.waiters.delete(colour);
    return true;
  }
}
