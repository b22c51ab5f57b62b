// expect: none
// Each waiter's deferred is settled once: a grant clears its timer, and a timeout removes the waiter from the queue so release() can no longer grant it.
export interface SlotLease {
  instrument: string;
  holder: string;
  grantedAt: number;
  release(): void;
}

interface Waiter {
  holder: string;
  deferred: PromiseWithResolvers<SlotLease>;
  timer: ReturnType<typeof setTimeout>;
}

export class InstrumentLockTimeout extends Error {
  constructor(instrument: string, holder: string) {
    super(`${holder} timed out waiting for ${instrument}`);
    this.name = 'InstrumentLockTimeout';
  }
}

export class InstrumentLock {
  #holder: string | null = null;
  #queue: Waiter[] = [];

  constructor(readonly instrument: string) {}

  get heldBy(): string | null {
    return this.#holder;
  }

  acquire(holder: string, timeoutMs = 30_000): Promise<SlotLease> {
    if (this.#holder === null) {
      this.#holder = holder;
      return Promise.resolve(this.#lease(holder));
    }

    const deferred = Promise.withResolvers<SlotLease>();
    const waiter: Waiter = {
      holder,
      deferred,
      timer: setTimeout(() => {
        const idx = this.#queue.indexOf(waiter);
        if (idx !== -1) this.#queue.splice(idx, 1);
        deferred.reject(new InstrumentLockTimeout(this.instrument, holder));
      }, timeoutMs),
    };
    this.#queue.push(waiter);
    return deferred.promise;
  }

  #lease(holder: string): SlotLease {
    let released = false;
    return {
      instrument: this.instrument,
      holder,
      grantedAt: Date.now(),
      release: () => {
        if (released) return;
        released = true;
        this.#handOff();
      },
    };
  }

  #handOff(): void {
    const next = this.#queue.shift();
    if (!next) {
      this.#holder = null;
      return;
    }
    clearTimeout(next.timer);
    this.#holder = next.holder;
    next.deferred.resolve(this.#lease(next.holder));
  }
}

declare const spectrograph: { expose(target: string, seconds: number): Promise<string> };

const locks = new Map<string, InstrumentLock>();

export async function runAllocatedExposure(
  programme: string,
  instrument: string,
  target: string,
  seconds: number,
): Promise<string> {
  let lock = locks.get(instrument);
  if (!lock) {
    lock = new InstrumentLock(instrument);
    locks.set(instrument, lock);
  }
  const lease = await lock.acquire(programme, 10 * 60_000);
  try {
    return await spectrograph.expose(target, seconds);
  } finally {
    lease.release();
  }
}
