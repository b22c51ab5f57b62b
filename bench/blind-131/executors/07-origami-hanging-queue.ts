// expect: none
// A waiter's expiry timer is cleared when a ladder is handed over, and a timed-out waiter is removed from the queue before rejecting, so every deferred settles once.
export interface HangingSlot {
  ladder: number;
  piece: string;
  release(): void;
}

interface Waiter {
  piece: string;
  resolve: (slot: HangingSlot) => void;
  reject: (err: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

export class LadderPool {
  private readonly free: number[];
  private readonly queue: Waiter[] = [];

  constructor(ladders: number, private readonly waitLimitMs = 15 * 60_000) {
    this.free = Array.from({ length: ladders }, (_, i) => i + 1);
  }

  acquire(piece: string): Promise<HangingSlot> {
    const ladder = this.free.shift();
    if (ladder !== undefined) return Promise.resolve(this.makeSlot(ladder, piece));

    const { promise, resolve, reject } = Promise.withResolvers<HangingSlot>();
    const waiter: Waiter = {
      piece,
      resolve,
      reject,
      timer: setTimeout(() => {
        const idx = this.queue.indexOf(waiter);
        if (idx === -1) return;
        this.queue.splice(idx, 1);
        reject(new Error(`no ladder free for "${piece}" within ${this.waitLimitMs / 60_000} minutes`));
      }, this.waitLimitMs),
    };
    this.queue.push(waiter);
    return promise;
  }

  get waiting(): number {
    return this.queue.length;
  }

  cancelAll(reason: string): void {
    const waiters = this.queue.splice(0);
    for (const w of waiters) {
      clearTimeout(w.timer);
      w.reject(new Error(`hanging cancelled: ${reason}`));
    }
  }

  private makeSlot(ladder: number, piece: string): HangingSlot {
    let released = false;
    return {
      ladder,
      piece,
      release: () => {
        if (released) return;
        released = true;
        this.handOver(ladder);
      },
    };
  }

  private handOver(ladder: number): void {
    const next = this.queue.shift();
    if (!next) {
      this.free.push(ladder);
      return;
    }
    clearTimeout(next.timer);
    next.resolve(this.makeSlot(ladder, next.piece));
  }
}

export async function hangPiece(
  pool: LadderPool,
  piece: string,
  work: (ladder: number) => Promise<void>,
): Promise<void> {
  const slot = await pool.acquire(piece);
  try {
    await work(slot.ladder);
  } finally {
    slot.release();
  }
}
