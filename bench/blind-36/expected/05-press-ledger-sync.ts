// expect: no-uncalled-async-function
// afterSubmit calls this.reconcile(...) on one branch but returns this.reloadLedger uncalled on the other, so the ledger is not refreshed after ordinary receipts.
export interface Pressing {
  memberId: string;
  orchard: string;
  variety: string;
  applesKg: number;
  juiceLitres: number;
  pressedAt: Date;
}

export interface Receipt {
  pressingId: string;
  batchId: string;
  needsReconcile: boolean;
}

export interface LedgerLine {
  memberId: string;
  litresOwed: number;
  feesDue: number;
}

declare const coopApi: {
  submitPressing(p: Pressing): Promise<Receipt>;
  reconcileBatch(batchId: string): Promise<void>;
  ledger(season: number): Promise<LedgerLine[]>;
};

const PRESS_FEE_PER_KG = 0.12;
const MIN_YIELD = 0.45;

export class PressLedger {
  private lines = new Map<string, LedgerLine>();
  private lastLoaded: Date | null = null;

  constructor(private readonly season: number) {}

  reloadLedger = async (): Promise<void> => {
    const lines = await coopApi.ledger(this.season);
    this.lines = new Map(lines.map((line) => [line.memberId, line]));
    this.lastLoaded = new Date();
  };

  private async reconcile(batchId: string): Promise<void> {
    await coopApi.reconcileBatch(batchId);
    await this.reloadLedger();
  }

  private async afterSubmit(receipt: Receipt) {
    if (receipt.needsReconcile) {
      return this.reconcile(receipt.batchId);
    }
    return this.reloadLedger;
  }

  validate(p: Pressing): string[] {
    const problems: string[] = [];
    if (p.applesKg <= 0) problems.push('apple weight must be positive');
    if (p.juiceLitres > p.applesKg) problems.push('juice volume exceeds apple weight');
    if (p.applesKg > 0 && p.juiceLitres / p.applesKg < MIN_YIELD) {
      problems.push(`yield below ${MIN_YIELD * 100}% - check the press cloths`);
    }
    return problems;
  }

  async recordPressing(p: Pressing): Promise<LedgerLine | undefined> {
    const problems = this.validate(p);
    if (problems.length > 0) {
      throw new Error(`pressing for ${p.memberId} rejected: ${problems.join('; ')}`);
    }
    const receipt = await coopApi.submitPressing(p);
    await this.afterSubmit(receipt);
    return this.lines.get(p.memberId);
  }

  feesFor(memberId: string, pressings: Pressing[]): number {
    const kg = pressings.filter((p) => p.memberId === memberId).reduce((sum, p) => sum + p.applesKg, 0);
    return Math.round(kg * PRESS_FEE_PER_KG * 100) / 100;
  }

  staleSince(now = new Date()): number | null {
    return this.lastLoaded ? now.getTime() - this.lastLoaded.getTime() : null;
  }
}

export async function pressDay(ledger: PressLedger, pressings: Pressing[]): Promise<Map<string, number>> {
  await ledger.reloadLedger();
  const owed = new Map<string, number>();
  for (const pressing of pressings) {
    const line = await ledger.recordPressing(pressing);
    if (line) owed.set(pressing.memberId, line.litresOwed);
  }
  return owed;
}
