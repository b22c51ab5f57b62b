// expect: no-uncalled-async-function
// In checkIn the .then callback's undamaged branch returns the releaseDeposit function instead of calling it, so clean returns never refund the deposit.
export interface Rental {
  rentalId: string;
  frameId: string;
  customerId: string;
  depositId: string;
  dueBack: string;
}

export interface InspectionReport {
  frameId: string;
  damage: Array<{ part: 'rail' | 'stretcher' | 'clamp' | 'leg'; severity: 1 | 2 | 3 }>;
  inspector: string;
}

declare const inspections: {
  inspect(frameId: string): Promise<InspectionReport>;
};

declare const payments: {
  releaseDeposit(depositId: string, customerId: string): Promise<void>;
  captureDeposit(depositId: string, amountCents: number, memo: string): Promise<void>;
};

declare const workshop: {
  openTicket(frameId: string, notes: string): Promise<{ ticketId: string }>;
};

declare const inventory: {
  markAvailable(frameId: string): Promise<void>;
  markInRepair(frameId: string, ticketId: string): Promise<void>;
  lateFeeCents(rental: Rental, returnedAt: Date): number;
};

const REPAIR_COST_CENTS: Record<1 | 2 | 3, number> = { 1: 1500, 2: 4500, 3: 12000 };

export class ReturnDesk {
  constructor(private readonly notify: (customerId: string, message: string) => Promise<void>) {}

  private async openRepair(rental: Rental, report: InspectionReport): Promise<void> {
    const charge = report.damage.reduce((sum, d) => sum + REPAIR_COST_CENTS[d.severity], 0);
    const notes = report.damage.map((d) => `${d.part} (sev ${d.severity})`).join(', ');
    const { ticketId } = await workshop.openTicket(rental.frameId, notes);
    await payments.captureDeposit(rental.depositId, charge, `repair ${ticketId}: ${notes}`);
    await inventory.markInRepair(rental.frameId, ticketId);
    await this.notify(rental.customerId, `Your quilt frame needed repairs (${notes}); see ticket ${ticketId}.`);
  }

  async checkIn(rental: Rental, returnedAt = new Date()): Promise<void> {
    const lateFee = inventory.lateFeeCents(rental, returnedAt);
    if (lateFee > 0) {
      await payments.captureDeposit(rental.depositId, lateFee, `late return of ${rental.frameId}`);
    }

    const releaseDeposit = () => payments.releaseDeposit(rental.depositId, rental.customerId);

    await inspections
      .inspect(rental.frameId)
      .then(async (report) => (report.damage.length > 0 ? this.openRepair(rental, report) : releaseDeposit));

    await inventory.markAvailable(rental.frameId);
  }

  async checkInBatch(rentals: readonly Rental[]): Promise<{ ok: string[]; failed: string[] }> {
    const ok: string[] = [];
    const failed: string[] = [];
    for (const rental of rentals) {
      try {
        await this.checkIn(rental);
        ok.push(rental.rentalId);
      } catch {
        failed.push(rental.rentalId);
      }
    }
    return { ok, failed };
  }
}
