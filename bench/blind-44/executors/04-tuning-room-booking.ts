// expect: none
// Each waiter's deferred is removed from the queue before it is settled by exactly one of release, its own timeout, or close, and its timer is always cleared.
export type Section = 'strings' | 'woodwinds' | 'brass' | 'percussion';

export interface RoomLease {
  room: string;
  section: Section;
  grantedAt: number;
}

interface Waiter {
  section: Section;
  resolve: (lease: RoomLease) => void;
  reject: (err: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

export class TuningRoomPool {
  private readonly free: string[];
  private readonly waiters: Waiter[] = [];
  private closed = false;

  constructor(rooms: string[], private readonly maxWaitMs = 90_000) {
    this.free = [...rooms];
  }

  acquire(section: Section): Promise<RoomLease> {
    if (this.closed) {
      return Promise.reject(new Error('tuning rooms are closed for the evening'));
    }
    const room = this.pickRoom(section);
    if (room !== undefined) {
      return Promise.resolve({ room, section, grantedAt: Date.now() });
    }

    const { promise, resolve, reject } = Promise.withResolvers<RoomLease>();
    const waiter: Waiter = {
      section,
      resolve,
      reject,
      timer: setTimeout(() => {
        const index = this.waiters.indexOf(waiter);
        if (index !== -1) this.waiters.splice(index, 1);
        reject(new Error(`no tuning room for ${section} within ${this.maxWaitMs}ms`));
      }, this.maxWaitMs),
    };
    this.waiters.push(waiter);
    return promise;
  }

  release(lease: RoomLease): void {
    const next = this.nextWaiterFor(lease.room);
    if (!next) {
      this.free.push(lease.room);
      return;
    }
    clearTimeout(next.timer);
    next.resolve({ room: lease.room, section: next.section, grantedAt: Date.now() });
  }

  close(): void {
    this.closed = true;
    const pending = this.waiters.splice(0, this.waiters.length);
    for (const waiter of pending) {
      clearTimeout(waiter.timer);
      waiter.reject(new Error('tuning rooms closed while waiting'));
    }
  }

  get queueLength(): number {
    return this.waiters.length;
  }

  private pickRoom(section: Section): string | undefined {
    // Percussion needs the isolated room if it is available.
    const preferred = section === 'percussion' ? this.free.findIndex((r) => r.endsWith('-iso')) : -1;
    const index = preferred !== -1 ? preferred : this.free.length > 0 ? 0 : -1;
    if (index === -1) return undefined;
    return this.free.splice(index, 1)[0];
  }

  private nextWaiterFor(room: string): Waiter | undefined {
    const isolated = room.endsWith('-iso');
    let index = isolated ? this.waiters.findIndex((w) => w.section === 'percussion') : -1;
    if (index === -1) index = this.waiters.length > 0 ? 0 : -1;
    if (index === -1) return undefined;
    return this.waiters.splice(index, 1)[0];
  }
}

export async function withTuningRoom<T>(
  pool: TuningRoomPool,
  section: Section,
  work: (lease: RoomLease) => Promise<T>,
): Promise<T> {
  const lease = await pool.acquire(section);
  try {
    return await work(lease);
  } finally {
    pool.release(lease);
  }
}
