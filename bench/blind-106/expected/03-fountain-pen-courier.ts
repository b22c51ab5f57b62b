// expect: no-reused-settled-promise
// bookPickup starts one courier request and then re-awaits that same promise on each retry, so after the first failure every "retry" immediately re-throws the same rejection and no new booking is ever attempted.
import { setTimeout as sleep } from 'node:timers/promises';

export interface ReturnShipment {
  orderId: string;
  customer: string;
  address: string;
  insuredValueCents: number;
  readyFrom: Date;
}

export interface PickupBooking {
  trackingNumber: string;
  window: { from: Date; to: Date };
}

export interface CourierApi {
  requestPickup(address: string, readyFrom: Date, insuredCents: number): Promise<PickupBooking>;
}

export interface ShopNotifier {
  pickupBooked(orderId: string, booking: PickupBooking): Promise<void>;
}

const MAX_ATTEMPTS = 3;

export class ReturnDispatch {
  constructor(private readonly courier: CourierApi, private readonly notifier: ShopNotifier) {}

  async bookPickup(shipment: ReturnShipment): Promise<PickupBooking> {
    const booking = this.courier.requestPickup(shipment.address, shipment.readyFrom, shipment.insuredValueCents);
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      try {
        return await booking;
      } catch (err) {
        if (attempt === MAX_ATTEMPTS) throw err;
        await sleep(attempt * 2_000);
      }
    }
    throw new Error(`unreachable: pickup for ${shipment.orderId}`);
  }

  async dispatch(shipment: ReturnShipment): Promise<string> {
    if (shipment.insuredValueCents > 150_000) {
      throw new Error(`${shipment.orderId}: vintage pens over 1500 EUR go by hand delivery`);
    }
    const booking = await this.bookPickup(shipment);
    await this.notifier.pickupBooked(shipment.orderId, booking);
    return booking.trackingNumber;
  }
}
