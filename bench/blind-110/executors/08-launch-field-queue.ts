// expect: none
// Every waiting pilot's stored resolve/reject is removed from the queue before it is called, so grants, cancellations and grounding can never settle the same waiter twice, and close() settles everyone left.
export interface LaunchSlot {
  field: string;
  slotNo: number;
  pilot: string;
  balloonReg: string;
  grantedAt: Date;
}

interface Waiter {
  pilot: string;
  balloonReg: string;
  enqueuedAt: number;
  resolve: (slot: LaunchSlot) => void;
  reject: (err: Error) => void;
}

export class LaunchFieldQueue {
  private readonly waiters: Waiter[] = [];
  private freeSlots: number;
  private slotCounter = 0;
  private closedReason: string | null = null;

  constructor(readonly field: string, capacity: number) {
    this.freeSlots = capacity;
  }

  get waiting(): number {
    return this.waiters.length;
  }

  acquire(pilot: string, balloonReg: string): Promise<LaunchSlot> {
    if (this.closedReason) {
      return Promise.reject(new Error(`${this.field} closed: ${this.closedReason}`));
    }
    if (this.freeSlots > 0) {
      this.freeSlots--;
      return Promise.resolve(this.makeSlot(pilot, balloonReg));
    }
    return new Promise<LaunchSlot>((resolve, reject) => {
      this.waiters.push({ pilot, balloonReg, enqueuedAt: Date.now(), resolve, reject });
    });
  }

  release(): void {
    const next = this.waiters.shift();
    if (next) next.resolve(this.makeSlot(next.pilot, next.balloonReg));
    else this.freeSlots++;
  }

  cancel(pilot: string): boolean {
    const idx = this.waiters.findIndex((w) => w.pilot === pilot);
    if (idx < 0) return false;
    const [waiter] = this.waiters.splice(idx, 1);
    waiter.reject(new Error(`${pilot} left the ${this.field} launch queue`));
    return true;
  }

  close(reason: string): void {
    if (this.closedReason) return;
    this.closedReason = reason;
    const pending = this.waiters.splice(0);
    for (const waiter of pending) {
      waiter.reject(new Error(`${this.field} closed: ${reason}`));
    }
  }

  onWindReport(surfaceKnots: number, gustKnots: number): void {
    if (surfaceKnots > 10 || gustKnots - surfaceKnots > 7) {
      this.close(`grounded, surface ${surfaceKnots}kt gusting ${gustKnots}kt`);
    }
  }

  private makeSlot(pilot: string, balloonReg: string): LaunchSlot {
    return { field: this.field, slotNo: ++this.slotCounter, pilot, balloonReg, grantedAt: new Date() };
  }
}
