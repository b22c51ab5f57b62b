// expect: none
// The callback wrapper returns after each reject, and each bench waiter is settled once: release() clears its timer, and the timer removes the waiter before rejecting.
export interface Bench {
  id: string;
  luthier: string;
  busy: boolean;
}

export interface RehairJob {
  ticket: string;
  instrument: 'violin' | 'viola' | 'cello' | 'bass';
  hairGrade: 'mongolian-white' | 'siberian-white' | 'black';
}

interface Waiter {
  resolve: (bench: Bench) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

declare const hairInventory: {
  reserve(grade: string, grams: number, cb: (err: Error | null, reservationId?: string) => void): void;
  release(reservationId: string, cb: (err: Error | null) => void): void;
};

declare const workshopLog: {
  append(ticket: string, entry: string): Promise<void>;
};

const HAIR_GRAMS: Record<RehairJob['instrument'], number> = { violin: 5, viola: 5.5, cello: 7, bass: 9 };

function reserveHair(grade: string, grams: number): Promise<string> {
  return new Promise((resolve, reject) => {
    hairInventory.reserve(grade, grams, (err, reservationId) => {
      if (err) return reject(err);
      if (!reservationId) return reject(new Error(`No ${grade} hair reservation returned for ${grams} g`));
      resolve(reservationId);
    });
  });
}

function releaseHair(reservationId: string): Promise<void> {
  return new Promise((resolve, reject) => {
    hairInventory.release(reservationId, (err) => (err ? reject(err) : resolve()));
  });
}

export class BenchQueue {
  private readonly waiters: Waiter[] = [];

  constructor(private readonly benches: Bench[]) {}

  acquire(timeoutMs = 30 * 60_000): Promise<Bench> {
    const free = this.benches.find((b) => !b.busy);
    if (free) {
      free.busy = true;
      return Promise.resolve(free);
    }
    const { promise, resolve, reject } = Promise.withResolvers<Bench>();
    const waiter: Waiter = {
      resolve,
      reject,
      timer: setTimeout(() => {
        const idx = this.waiters.indexOf(waiter);
        if (idx !== -1) {
          this.waiters.splice(idx, 1);
        }
        reject(new Error(`No rehair bench became free within ${Math.round(timeoutMs / 60_000)} min`));
      }, timeoutMs),
    };
    this.waiters.push(waiter);
    return promise;
  }

  release(bench: Bench): void {
    const next = this.waiters.shift();
    if (next) {
      clearTimeout(next.timer);
      next.resolve(bench);
      return;
    }
    bench.busy = false;
  }
}

export async function rehair(queue: BenchQueue, job: RehairJob): Promise<string> {
  const bench = await queue.acquire();
  try {
    const reservation = await reserveHair(job.hairGrade, HAIR_GRAMS[job.instrument]);
    try {
      await workshopLog.append(job.ticket, `rehair started at bench ${bench.id} by ${bench.luthier}`);
      return reservation;
    } catch (err) {
      await releaseHair(reservation);
      throw err;
    }
  } finally {
    queue.release(bench);
  }
}
