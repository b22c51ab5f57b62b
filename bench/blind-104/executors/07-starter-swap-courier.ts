// expect: no-multiple-settle
// The executor is async and awaits registry.reserve before any settle path is wired, so when the reservation rejects the returned promise never settles, the swap hangs forever and the rejection escapes as unhandled.
import type { EventEmitter } from 'node:events';

export interface StarterListing {
  starterId: string;
  owner: string;
  hydrationPct: number;
  flour: 'rye' | 'wheat' | 'spelt';
}

export interface Delivery {
  starterId: string;
  receivedBy: string;
  jarTempC: number;
}

export interface Reservation {
  reservationId: string;
  /** emits 'delivered' (Delivery), 'lost' (reason: string) and 'error' */
  courier: EventEmitter;
}

export interface SwapRegistry {
  reserve(starterId: string, requester: string): Promise<Reservation>;
}

export class StarterExchange {
  private readonly completed: Delivery[] = [];

  constructor(
    private readonly registry: SwapRegistry,
    private readonly maxTransitMs: number,
  ) {}

  requestSwap(listing: StarterListing, requester: string): Promise<Delivery> {
    if (listing.owner === requester) {
      return Promise.reject(new Error('cannot swap a starter with yourself'));
    }

    return new Promise<Delivery>(async (resolve, reject) => {
      const { reservationId, courier } = await this.registry.reserve(listing.starterId, requester);

      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`reservation ${reservationId}: jar still in transit after ${this.maxTransitMs}ms`));
      }, this.maxTransitMs);

      const onDelivered = (delivery: Delivery) => {
        cleanup();
        this.completed.push(delivery);
        resolve(delivery);
      };
      const onLost = (reason: string) => {
        cleanup();
        reject(new Error(`reservation ${reservationId}: jar lost (${reason})`));
      };
      const onError = (err: Error) => {
        cleanup();
        reject(err);
      };

      function cleanup() {
        clearTimeout(timer);
        courier.off('delivered', onDelivered);
        courier.off('lost', onLost);
        courier.off('error', onError);
      }

      courier.on('delivered', onDelivered);
      courier.on('lost', onLost);
      courier.on('error', onError);
    });
  }

  warmArrivals(): Delivery[] {
    return this.completed.filter((d) => d.jarTempC > 24);
  }
}
