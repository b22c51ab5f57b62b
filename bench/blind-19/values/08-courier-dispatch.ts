// expect: none
// Look-alike: the in-flight Map deliberately holds promises (dedupe by unit id); the `??` picks between two promises and the result is always awaited before use.
interface BloodUnit {
  unitId: string;
  product: 'RBC' | 'platelets' | 'plasma' | 'cryo';
  aboRh: string;
  expiresAt: Date;
}

interface CourierJob {
  jobId: string;
  unitId: string;
  fromSite: string;
  toHospital: string;
  coldChain: boolean;
  etaMinutes: number;
}

declare const inventory: { reserve(unitId: string): Promise<BloodUnit> };
declare const courierApi: {
  book(req: { unitId: string; from: string; to: string; coldChain: boolean }): Promise<CourierJob>;
};

export class CourierDispatcher {
  private readonly inflight = new Map<string, Promise<CourierJob>>();
  private readonly completed = new Map<string, CourierJob>();

  constructor(private readonly depot: string) {}

  /** Concurrent requests for the same unit share one booking. */
  async dispatch(unitId: string, hospital: string): Promise<CourierJob> {
    const done = this.completed.get(unitId);
    if (done) return done;

    const pending = this.inflight.get(unitId) ?? this.startBooking(unitId, hospital);
    const job = await pending;
    return job;
  }

  private startBooking(unitId: string, hospital: string): Promise<CourierJob> {
    const p = (async () => {
      const unit = await inventory.reserve(unitId);
      if (unit.expiresAt.getTime() < Date.now() + 2 * 60 * 60 * 1000) {
        throw new Error(`unit ${unitId} expires before it can be transfused`);
      }
      const job = await courierApi.book({
        unitId,
        from: this.depot,
        to: hospital,
        coldChain: unit.product !== 'plasma',
      });
      this.completed.set(unitId, job);
      return job;
    })();
    this.inflight.set(unitId, p);
    p.then(
      () => this.inflight.delete(unitId),
      () => this.inflight.delete(unitId),
    );
    return p;
  }

  async dispatchAll(orders: Array<{ unitId: string; hospital: string }>): Promise<CourierJob[]> {
    const jobs = orders.map((o) => this.dispatch(o.unitId, o.hospital));
    const settled = await Promise.allSettled(jobs);
    const booked: CourierJob[] = [];
    for (const [i, r] of settled.entries()) {
      if (r.status === 'fulfilled') {
        booked.push(r.value);
      } else {
        console.error(`order for ${orders[i].unitId} failed: ${String(r.reason)}`);
      }
    }
    return booked;
  }

  pendingCount(): number {
    return this.inflight.size;
  }
}
