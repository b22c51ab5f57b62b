// expect: no-unobserved-promise
// The coverage check is started up front but the early returns for no-refills/too-soon leave it un-awaited, so its rejection is never handled.
export interface Prescription {
  rxNumber: string;
  memberId: string;
  ndc: string;
  quantity: number;
  daysSupply: number;
  refillsRemaining: number;
  lastFilledAt: Date | null;
  storeId: string;
}

export interface Coverage {
  covered: boolean;
  copayCents: number;
  priorAuthRequired: boolean;
}

export type RefillOutcome =
  | { status: 'queued'; rxNumber: string; copayCents: number; readyBy: Date }
  | { status: 'needs-prescriber'; rxNumber: string }
  | { status: 'too-soon'; rxNumber: string; eligibleOn: Date }
  | { status: 'prior-auth'; rxNumber: string }
  | { status: 'not-covered'; rxNumber: string };

export interface Insurer {
  verifyCoverage(memberId: string, ndc: string, quantity: number): Promise<Coverage>;
}

export interface FillQueue {
  enqueue(rxNumber: string, storeId: string): Promise<{ readyBy: Date }>;
}

const DAY_MS = 86_400_000;
const EARLY_REFILL_FRACTION = 0.8;

export class RefillDesk {
  constructor(
    private readonly insurer: Insurer,
    private readonly queue: FillQueue,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async request(rx: Prescription): Promise<RefillOutcome> {
    const coverageCheck = this.insurer.verifyCoverage(rx.memberId, rx.ndc, rx.quantity);

    if (rx.refillsRemaining <= 0) {
      return { status: 'needs-prescriber', rxNumber: rx.rxNumber };
    }

    const eligibleOn = this.eligibleDate(rx);
    if (eligibleOn && eligibleOn > this.clock()) {
      return { status: 'too-soon', rxNumber: rx.rxNumber, eligibleOn };
    }

    const coverage = await coverageCheck;
    if (!coverage.covered) return { status: 'not-covered', rxNumber: rx.rxNumber };
    if (coverage.priorAuthRequired) return { status: 'prior-auth', rxNumber: rx.rxNumber };

    const { readyBy } = await this.queue.enqueue(rx.rxNumber, rx.storeId);
    return { status: 'queued', rxNumber: rx.rxNumber, copayCents: coverage.copayCents, readyBy };
  }

  private eligibleDate(rx: Prescription): Date | null {
    if (!rx.lastFilledAt) return null;
    const waitMs = Math.floor(rx.daysSupply * EARLY_REFILL_FRACTION) * DAY_MS;
    return new Date(rx.lastFilledAt.getTime() + waitMs);
  }
}
