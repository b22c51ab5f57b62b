// expect: none
// The deposit capture and the waiver lookup are awaited before being compared with ===, defaulted with ?? and placed into the printed receipt, so no promise leaks into the data.
export interface RentalCheckout {
  rentalId: string;
  customerId: string;
  customerName: string;
  boardId: string;
  kiteSizeM2: number;
  hours: number;
}

interface DepositCapture {
  status: 'captured' | 'declined';
  amountCents: number;
  last4: string;
}

interface Payments {
  captureDeposit(customerId: string, amountCents: number): Promise<DepositCapture>;
}

interface Waiver {
  waiverId: string;
  signedAt: string;
}

interface WaiverStore {
  find(customerId: string): Promise<Waiver | null>;
  createPending(customerId: string): Promise<Waiver>;
}

interface ReceiptPrinter {
  print(document: string): Promise<void>;
}

export class CheckoutDesk {
  constructor(
    private readonly payments: Payments,
    private readonly waivers: WaiverStore,
    private readonly printer: ReceiptPrinter,
  ) {}

  depositFor(checkout: RentalCheckout): number {
    const base = checkout.kiteSizeM2 >= 12 ? 30_000 : 20_000;
    return base + Math.max(0, checkout.hours - 4) * 2_500;
  }

  async checkout(checkout: RentalCheckout): Promise<{ printed: boolean; waiverId: string }> {
    const deposit = await this.payments.captureDeposit(checkout.customerId, this.depositFor(checkout));
    if (deposit.status === 'declined') {
      throw new Error(`deposit declined for ${checkout.customerName} (card ending ${deposit.last4})`);
    }

    const waiver =
      (await this.waivers.find(checkout.customerId)) ?? (await this.waivers.createPending(checkout.customerId));

    const receipt = {
      rental: checkout.rentalId,
      customer: checkout.customerName,
      board: checkout.boardId,
      kite: `${checkout.kiteSizeM2} m²`,
      deposit: `${(deposit.amountCents / 100).toFixed(2)} EUR on card ****${deposit.last4}`,
      waiver: waiver.waiverId,
      waiverSigned: waiver.signedAt || 'pending — sign before launch',
    };

    await this.printer.print(JSON.stringify(receipt, null, 2));
    return { printed: true, waiverId: waiver.waiverId };
  }
}

export function lateFeeCents(returnedAt: Date, dueAt: Date): number {
  const lateMinutes = Math.ceil((returnedAt.getTime() - dueAt.getTime()) / 60_000);
  if (lateMinutes <= 15) return 0;
  return Math.ceil(lateMinutes / 30) * 1_000;
}
