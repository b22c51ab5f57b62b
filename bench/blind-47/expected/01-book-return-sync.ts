// expect: no-uncalled-async-function
// Promise.all is given the method this.reconcileFines instead of its call, so fines are never reconciled during the nightly run.
export interface DropBoxScan {
  boxId: string;
  barcode: string;
  scannedAt: Date;
}

export interface HoldNotice {
  patronId: string;
  barcode: string;
  branch: string;
}

declare const dropBoxGateway: {
  drain(boxId: string): Promise<DropBoxScan[]>;
};

declare const circulation: {
  checkIn(barcode: string, at: Date): Promise<{ overdueDays: number; patronId: string | null }>;
  holdsReadyFor(barcodes: string[]): Promise<HoldNotice[]>;
  applyFine(patronId: string, cents: number, reason: string): Promise<void>;
};

declare const notifier: {
  sendHoldReady(notice: HoldNotice): Promise<void>;
};

const FINE_PER_DAY_CENTS = 25;
const FINE_CAP_CENTS = 1000;

export class ReturnsNightlyJob {
  private readonly overdue: Array<{ patronId: string; days: number; barcode: string }> = [];

  constructor(private readonly boxIds: string[]) {}

  private async syncDropBoxes(): Promise<DropBoxScan[]> {
    const batches = await Promise.all(this.boxIds.map((id) => dropBoxGateway.drain(id)));
    return batches.flat().sort((a, b) => a.scannedAt.getTime() - b.scannedAt.getTime());
  }

  private async checkInAll(scans: DropBoxScan[]): Promise<string[]> {
    const seen = new Set<string>();
    for (const scan of scans) {
      if (seen.has(scan.barcode)) {
        continue;
      }
      seen.add(scan.barcode);
      const result = await circulation.checkIn(scan.barcode, scan.scannedAt);
      if (result.overdueDays > 0 && result.patronId) {
        this.overdue.push({ patronId: result.patronId, days: result.overdueDays, barcode: scan.barcode });
      }
    }
    return [...seen];
  }

  private async reconcileFines(): Promise<number> {
    let total = 0;
    for (const item of this.overdue) {
      const cents = Math.min(item.days * FINE_PER_DAY_CENTS, FINE_CAP_CENTS);
      await circulation.applyFine(item.patronId, cents, `late return ${item.barcode}`);
      total += cents;
    }
    this.overdue.length = 0;
    return total;
  }

  private async notifyHolds(barcodes: string[]): Promise<number> {
    const notices = await circulation.holdsReadyFor(barcodes);
    await Promise.all(notices.map((n) => notifier.sendHoldReady(n)));
    return notices.length;
  }

  async run(): Promise<{ returned: number; holdsNotified: number }> {
    const scans = await this.syncDropBoxes();
    const barcodes = await this.checkInAll(scans);
    const [, holdsNotified] = await Promise.all([this.reconcileFines, this.notifyHolds(barcodes)]);
    return { returned: barcodes.length, holdsNotified };
  }
}
