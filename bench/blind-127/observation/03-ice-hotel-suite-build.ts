// expect: none
// The block reservation is started early but immediately converted into a never-rejecting outcome, so awaiting the permit check in between cannot leave a rejection unobserved.
export interface SuitePlan {
  suiteId: string;
  blockCount: number;
  spanMeters: number;
  season: string;
}

interface BlockReservation {
  reservationId: string;
  blocks: number;
  readyBy: string;
}

interface IceQuarry {
  reserveBlocks(count: number, season: string): Promise<BlockReservation>;
  release(reservationId: string): Promise<void>;
}

interface LoadPermit {
  approved: boolean;
  maxSpanMeters: number;
  inspector: string;
}

interface StructuralInspector {
  checkLoadPermit(suiteId: string, spanMeters: number): Promise<LoadPermit>;
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

function capture<T>(promise: Promise<T>): Promise<Outcome<T>> {
  return promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
}

export interface SuiteBuildOrder {
  suiteId: string;
  reservationId: string;
  inspector: string;
  carveFrom: string;
}

export class SuiteBuilder {
  constructor(
    private readonly quarry: IceQuarry,
    private readonly inspector: StructuralInspector,
  ) {}

  async startSuite(plan: SuitePlan): Promise<SuiteBuildOrder> {
    const blocks = capture(this.quarry.reserveBlocks(plan.blockCount, plan.season));

    let permit: LoadPermit;
    try {
      permit = await this.inspector.checkLoadPermit(plan.suiteId, plan.spanMeters);
    } catch (err) {
      await this.releaseIfReserved(blocks);
      throw err;
    }

    if (!permit.approved || permit.maxSpanMeters < plan.spanMeters) {
      await this.releaseIfReserved(blocks);
      throw new Error(`suite ${plan.suiteId}: span ${plan.spanMeters}m not approved by ${permit.inspector}`);
    }

    const reserved = await blocks;
    if (!reserved.ok) throw reserved.error;

    return {
      suiteId: plan.suiteId,
      reservationId: reserved.value.reservationId,
      inspector: permit.inspector,
      carveFrom: reserved.value.readyBy,
    };
  }

  private async releaseIfReserved(blocks: Promise<Outcome<BlockReservation>>): Promise<void> {
    const reserved = await blocks;
    if (reserved.ok) await this.quarry.release(reserved.value.reservationId);
  }
}
