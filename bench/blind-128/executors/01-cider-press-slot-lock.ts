// expect: none
// Each queued waiter is settled exactly once: either handed the slot on release (timer cleared) or rejected by its own timeout after being removed from the queue.
import { EventEmitter } from 'node:events';

export interface PressSlot {
  pressId: string;
  acquiredAt: number;
  release(): void;
}

interface Waiter {
  orchard: string;
  resolve: (slot: PressSlot) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

export class PressSlotLock extends EventEmitter {
  private busy = false;
  private readonly waiters: Waiter[] = [];

  constructor(
    private readonly pressId: string,
    private readonly maxWaitMs = 90_000,
  ) {
    super();
  }

  get queueLength(): number {
    return this.waiters.length;
  }

  acquire(orchard: string): Promise<PressSlot> {
    if (!this.busy) {
      this.busy = true;
      return Promise.resolve(this.makeSlot(orchard));
    }

    return new Promise<PressSlot>((resolve, reject) => {
      const waiter: Waiter = {
        orchard,
        resolve,
        reject,
        timer: setTimeout(() => {
          const idx = this.waiters.indexOf(waiter);
          if (idx !== -1) this.waiters.splice(idx, 1);
          reject(new Error(`press ${this.pressId}: ${orchard} waited more than ${this.maxWaitMs}ms`));
        }, this.maxWaitMs),
      };
      this.waiters.push(waiter);
      this.emit('queued', { orchard, position: this.waiters.length });
    });
  }

  private makeSlot(orchard: string): PressSlot {
    let released = false;
    const acquiredAt = Date.now();
    return {
      pressId: this.pressId,
      acquiredAt,
      release: () => {
        if (released) return;
        released = true;
        this.emit('released', { orchard, heldMs: Date.now() - acquiredAt });
        this.handOff();
      },
    };
  }

  private handOff(): void {
    const next = this.waiters.shift();
    if (!next) {
      this.busy = false;
      return;
    }
    clearTimeout(next.timer);
    next.resolve(this.makeSlot(next.orchard));
  }

  cancelAll(reason = 'press shut down'): void {
    const pending = this.waiters.splice(0, this.waiters.length);
    for (const waiter of pending) {
      clearTimeout(waiter.timer);
      waiter.reject(new Error(`press ${this.pressId}: ${reason}`));
    }
  }
}

export async function withPress<T>(lock: PressSlotLock, orchard: string, work: () => Promise<T>): Promise<T> {
  const slot = await lock.acquire(orchard);
  try {
    return await work();
  } finally {
    slot.release();
  }
}
