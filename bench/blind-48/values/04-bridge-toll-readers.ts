// expect: none
// Correct: the truthiness test is on a possibly-missing in-flight promise from a Map (deliberate request coalescing); account values are always awaited before use.
export interface TagRead {
  tagId: string;
  laneId: string;
  axles: number;
  at: number;
}

export interface Account {
  tagId: string;
  balanceCents: number;
  status: 'active' | 'suspended' | 'low-balance';
}

declare const accountService: {
  lookup(tagId: string): Promise<Account | null>;
  debit(tagId: string, cents: number, reference: string): Promise<Account>;
};

declare const laneSignal: {
  show(laneId: string, message: string): Promise<void>;
};

declare const violations: {
  queuePlatePhoto(laneId: string, at: number, reason: string): Promise<void>;
};

const RATE_PER_AXLE_CENTS = 275;
const LOW_BALANCE_CENTS = 2_000;

export class TollLane {
  private readonly inFlight = new Map<string, Promise<Account | null>>();

  constructor(private readonly laneId: string) {}

  private account(tagId: string): Promise<Account | null> {
    let pending = this.inFlight.get(tagId);
    if (!pending) {
      pending = accountService.lookup(tagId).finally(() => this.inFlight.delete(tagId));
      this.inFlight.set(tagId, pending);
    }
    return pending;
  }

  async charge(read: TagRead): Promise<'charged' | 'violation'> {
    const account = await this.account(read.tagId);
    if (!account || account.status === 'suspended') {
      await violations.queuePlatePhoto(this.laneId, read.at, account ? 'suspended account' : 'unknown tag');
      await laneSignal.show(this.laneId, 'TOLL NOT PAID');
      return 'violation';
    }

    const amount = read.axles * RATE_PER_AXLE_CENTS;
    const updated = await accountService.debit(read.tagId, amount, `${this.laneId}:${read.at}`);
    const message =
      updated.balanceCents < LOW_BALANCE_CENTS
        ? `PAID $${(amount / 100).toFixed(2)} - LOW BALANCE $${(updated.balanceCents / 100).toFixed(2)}`
        : `PAID $${(amount / 100).toFixed(2)}`;
    await laneSignal.show(this.laneId, message);
    return 'charged';
  }

  async chargeBurst(reads: TagRead[]): Promise<number> {
    const outcomes = await Promise.all(reads.map((read) => this.charge(read)));
    return outcomes.filter((o) => o === 'violation').length;
  }
}
