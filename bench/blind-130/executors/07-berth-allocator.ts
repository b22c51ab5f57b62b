// expect: no-multiple-settle
// When the waiting queue is full, acquire() only emits an 'overflow' event and returns, so that promise is never resolved or rejected.
import { EventEmitter } from 'node:events';

interface Waiter {
  craftId: string;
  resolve: (berth: string) => void;
  reject: (err: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

export interface BerthAllocatorOptions {
  berths: string[];
  maxQueue: number;
}

export class BerthAllocator {
  readonly events = new EventEmitter();
  private readonly free: string[];
  private readonly waiters: Waiter[] = [];
  private readonly assignments = new Map<string, string>();

  constructor(private readonly opts: BerthAllocatorOptions) {
    this.free = [...opts.berths];
  }

  acquire(craftId: string, timeoutMs: number): Promise<string> {
    return new Promise<string>((resolve, reject) => {
      const berth = this.free.shift();
      if (berth !== undefined) {
        this.assignments.set(berth, craftId);
        resolve(berth);
        return;
      }

      if (this.waiters.length >= this.opts.maxQueue) {
        this.events.emit('overflow', { craftId, queued: this.waiters.length });
        return;
      }

      const waiter: Waiter = {
        craftId,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.removeWaiter(waiter);
          reject(new Error(`hovercraft ${craftId} waited more than ${timeoutMs}ms for a berth`));
        }, timeoutMs),
      };
      this.waiters.push(waiter);
      this.events.emit('queued', { craftId, position: this.waiters.length });
    });
  }

  release(berth: string): void {
    if (!this.assignments.has(berth)) {
      throw new Error(`berth ${berth} is not assigned`);
    }
    const next = this.waiters.shift();
    if (next) {
      clearTimeout(next.timer);
      this.assignments.set(berth, next.craftId);
      next.resolve(berth);
      return;
    }
    this.assignments.delete(berth);
    this.free.push(berth);
  }

  occupant(berth: string): string | undefined {
    return this.assignments.get(berth);
  }

  queueLength(): number {
    return this.waiters.length;
  }

  private removeWaiter(waiter: Waiter): void {
    const index = this.waiters.indexOf(waiter);
    if (index !== -1) this.waiters.splice(index, 1);
  }
}
