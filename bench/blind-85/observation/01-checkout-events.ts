// expect: no-floating-promises
// The 'checkout' listener is an async function; EventEmitter drops the promise it returns, so a failed charge or locker release becomes an unhandled rejection nobody sees.
import { EventEmitter } from 'node:events';

export interface Stay {
  guestId: string;
  roomNo: string;
  lockerNo: number;
  nights: number;
  onsenPassDays: number;
  minibarYen: number;
}

declare const billing: {
  charge(guestId: string, amountYen: number, memo: string): Promise<{ receiptId: string }>;
};
declare const lockers: {
  release(lockerNo: number): Promise<void>;
};
declare const housekeeping: {
  enqueue(roomNo: string, priority: 'normal' | 'rush'): Promise<void>;
};
declare const mailer: {
  send(to: string, subject: string, body: string): Promise<void>;
};

const ROOM_RATE_YEN = 28_000;
const ONSEN_PASS_YEN = 1_500;

export type FrontDeskEvents = {
  checkin: [Stay];
  checkout: [Stay, { early: boolean }];
};

export class FrontDesk extends EventEmitter<FrontDeskEvents> {
  private readonly occupied = new Map<string, Stay>();

  checkIn(stay: Stay): void {
    this.occupied.set(stay.roomNo, stay);
    this.emit('checkin', stay);
  }

  checkOut(roomNo: string, early = false): void {
    const stay = this.occupied.get(roomNo);
    if (!stay) throw new Error(`room ${roomNo} is not occupied`);
    this.occupied.delete(roomNo);
    this.emit('checkout', stay, { early });
  }

  occupancy(): number {
    return this.occupied.size;
  }
}

export function wireFrontDesk(desk: FrontDesk, nextArrivals: () => Set<string>): void {
  desk.on('checkin', (stay) => {
    console.log(`room ${stay.roomNo} occupied by ${stay.guestId} for ${stay.nights} nights`);
  });

  desk.on('checkout', async (stay, { early }) => {
    const total =
      stay.nights * ROOM_RATE_YEN + stay.onsenPassDays * ONSEN_PASS_YEN + stay.minibarYen;
    const { receiptId } = await billing.charge(stay.guestId, total, `stay ${stay.roomNo}`);
    await lockers.release(stay.lockerNo);
    const priority = nextArrivals().has(stay.roomNo) ? 'rush' : 'normal';
    await housekeeping.enqueue(stay.roomNo, priority);
    await mailer.send(
      stay.guestId,
      'Thank you for bathing with us',
      `Receipt ${receiptId}: ¥${total.toLocaleString('ja-JP')}${early ? ' (early departure)' : ''}`,
    );
  });
}
