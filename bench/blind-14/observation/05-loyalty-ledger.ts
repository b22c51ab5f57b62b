// expect: none
// Correct: the analytics publish is deliberate fire-and-forget with a .catch attached on the spot; the ledger write itself is awaited.
import { randomUUID } from 'node:crypto';

export interface LedgerEntry {
  id: string;
  memberId: string;
  points: number;
  reason: 'purchase' | 'redemption' | 'adjustment' | 'expiry';
  createdAt: Date;
}

declare const ledgerStore: {
  append(entry: LedgerEntry): Promise<void>;
  balance(memberId: string): Promise<number>;
};

declare const analytics: {
  publish(topic: string, payload: Record<string, unknown>): Promise<void>;
};

export class InsufficientPointsError extends Error {
  constructor(
    readonly memberId: string,
    readonly requested: number,
    readonly available: number,
  ) {
    super(`member ${memberId} has ${available} points, ${requested} requested`);
  }
}

export class LoyaltyLedger {
  private readonly log: Pick<Console, 'warn'>;

  constructor(log: Pick<Console, 'warn'> = console) {
    this.log = log;
  }

  async earn(memberId: string, basketTotalCents: number): Promise<LedgerEntry> {
    const points = Math.floor(basketTotalCents / 100);
    const entry = this.entry(memberId, points, 'purchase');
    await ledgerStore.append(entry);
    this.track('points.earned', entry);
    return entry;
  }

  async redeem(memberId: string, points: number): Promise<LedgerEntry> {
    const available = await ledgerStore.balance(memberId);
    if (available < points) {
      throw new InsufficientPointsError(memberId, points, available);
    }
    const entry = this.entry(memberId, -points, 'redemption');
    await ledgerStore.append(entry);
    this.track('points.redeemed', entry);
    return entry;
  }

  private entry(memberId: string, points: number, reason: LedgerEntry['reason']): LedgerEntry {
    return { id: randomUUID(), memberId, points, reason, createdAt: new Date() };
  }

  private track(topic: string, entry: LedgerEntry): void {
    analytics
      .publish(topic, {
        entryId: entry.id,
        memberId: entry.memberId,
        points: entry.points,
        at: entry.createdAt.toISOString(),
      })
      .catch((err: unknown) => {
        this.log.warn(`analytics publish failed for ${topic}`, err);
      });
  }
}
