// expect: no-unobserved-promise
// The condition-report fetch is started before bidder checks that await and may throw, so its rejection can go unobserved meanwhile or forever.
export interface AbsenteeBid {
  lotNo: number;
  paddle: number;
  maxBid: number;
  submittedAt: string;
}

export interface BidderStanding {
  paddle: number;
  kycPassed: boolean;
  depositHeld: number;
  creditLimit: number;
}

export interface ConditionReport {
  lotNo: number;
  grade: 'A' | 'B' | 'C' | 'D';
  notes: string;
  acknowledgedBy: number[];
}

export class BidRejected extends Error {
  constructor(readonly paddle: number, reason: string) {
    super(`absentee bid from paddle ${paddle} rejected: ${reason}`);
  }
}

declare const registry: {
  standing(paddle: number): Promise<BidderStanding>;
  openExposure(paddle: number, saleId: string): Promise<number>;
};

declare const lotsApi: {
  conditionReport(saleId: string, lotNo: number): Promise<ConditionReport>;
  recordAbsentee(saleId: string, bid: AbsenteeBid): Promise<void>;
};

const MIN_DEPOSIT_RATIO = 0.1;

export async function acceptAbsenteeBid(saleId: string, bid: AbsenteeBid): Promise<{ accepted: true; needsAck: boolean }> {
  const reportRequest = lotsApi.conditionReport(saleId, bid.lotNo);

  const standing = await registry.standing(bid.paddle);
  if (!standing.kycPassed) {
    throw new BidRejected(bid.paddle, 'identity checks outstanding');
  }
  if (standing.depositHeld < bid.maxBid * MIN_DEPOSIT_RATIO) {
    throw new BidRejected(bid.paddle, `deposit ${standing.depositHeld} below ${MIN_DEPOSIT_RATIO * 100}% of max bid`);
  }

  const exposure = await registry.openExposure(bid.paddle, saleId);
  if (exposure + bid.maxBid > standing.creditLimit) {
    throw new BidRejected(bid.paddle, `exposure ${exposure + bid.maxBid} exceeds limit ${standing.creditLimit}`);
  }

  const report = await reportRequest;
  const needsAck = (report.grade === 'C' || report.grade === 'D') && !report.acknowledgedBy.includes(bid.paddle);

  await lotsApi.recordAbsentee(saleId, bid);
  return { accepted: true, needsAck };
}

export async function acceptAll(saleId: string, bids: AbsenteeBid[]) {
  const outcomes: Array<{ bid: AbsenteeBid; ok: boolean; reason?: string; needsAck?: boolean }> = [];
  const ordered = [...bids].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
  for (const bid of ordered) {
    try {
      const { needsAck } = await acceptAbsenteeBid(saleId, bid);
      outcomes.push({ bid, ok: true, needsAck });
    } catch (err) {
      if (!(err instanceof BidRejected)) throw err;
      outcomes.push({ bid, ok: false, reason: err.message });
    }
  }
  return outcomes;
}
