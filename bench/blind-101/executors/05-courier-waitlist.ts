// expect: none
// Each waiter's deferred is removed from the queue and its timeout cleared before it is settled, so a courier handed over and a timeout can never both settle the same waiter.
export interface Courier {
  id: string;
  zone: string;
  cargo: 'standard' | 'cargo-bike';
}

interface Waiter {
  zone: string;
  needsCargoBike: boolean;
  resolve: (courier: Courier) => void;
  reject: (reason: Error) => void;
  timer: NodeJS.Timeout;
}

export class CourierTimeoutError extends Error {
  constructor(readonly zone: string, readonly waitedMs: number) {
    super(`no courier in ${zone} became free within ${waitedMs} ms`);
    this.name = 'CourierTimeoutError';
  }
}

export class DispatchPool {
  private readonly idle: Courier[] = [];
  private readonly waiters: Waiter[] = [];

  private matches(courier: Courier, w: Pick<Waiter, 'zone' | 'needsCargoBike'>): boolean {
    return courier.zone === w.zone && (!w.needsCargoBike || courier.cargo === 'cargo-bike');
  }

  acquire(zone: string, needsCargoBike: boolean, timeoutMs = 120_000): Promise<Courier> {
    const idx = this.idle.findIndex((c) => this.matches(c, { zone, needsCargoBike }));
    if (idx !== -1) {
      const [courier] = this.idle.splice(idx, 1);
      return Promise.resolve(courier);
    }

    const { promise, resolve, reject } = Promise.withResolvers<Courier>();
    const waiter: Waiter = {
      zone,
      needsCargoBike,
      resolve,
      reject,
      timer: setTimeout(() => {
        const at = this.waiters.indexOf(waiter);
        if (at !== -1) this.waiters.splice(at, 1);
        reject(new CourierTimeoutError(zone, timeoutMs));
      }, timeoutMs),
    };
    this.waiters.push(waiter);
    return promise;
  }

  release(courier: Courier): void {
    const at = this.waiters.findIndex((w) => this.matches(courier, w));
    if (at === -1) {
      this.idle.push(courier);
      return;
    }
    const [waiter] = this.waiters.splice(at, 1);
    clearTimeout(waiter.timer);
    waiter.resolve(courier);
  }

  shutdown(): void {
    for (const waiter of this.waiters.splice(0)) {
      clearTimeout(waiter.timer);
      waiter.reject(new Error('dispatch pool shutting down'));
    }
    this.idle.length = 0;
  }

  get waiting(): number {
    return this.waiters.length;
  }
}
