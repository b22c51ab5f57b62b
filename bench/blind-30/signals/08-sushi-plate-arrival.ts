// expect: none
// The arrival race shares one AbortController between the sensor listener and the timeout timer and aborts it in finally, so the loser is cancelled.
import { EventEmitter, on } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';

export interface PlateTag {
  rfid: string;
  item: string;
  colour: 'white' | 'blue' | 'red' | 'gold';
  madeAt: number;
}

export interface SeatDelivery {
  seat: number;
  rfid: string;
  latencyMs: number;
}

declare const belt: EventEmitter & {
  dispatch(plate: PlateTag, seat: number): void;
  divert(rfid: string): void;
};

declare const kitchenDisplay: { flag(seat: number, message: string): void };

const FRESHNESS_LIMIT_MS = 25 * 60 * 1000;

class PlateMissedSeat extends Error {
  constructor(readonly seat: number, readonly rfid: string) {
    super(`plate ${rfid} did not reach seat ${seat}`);
  }
}

async function arrivalAt(seat: number, rfid: string, signal: AbortSignal): Promise<void> {
  for await (const [sensedSeat, sensedRfid] of on(belt, 'seat-sensor', { signal })) {
    if (sensedSeat === seat && sensedRfid === rfid) return;
  }
}

export async function deliverToSeat(plate: PlateTag, seat: number, timeoutMs = 90_000): Promise<SeatDelivery> {
  if (Date.now() - plate.madeAt > FRESHNESS_LIMIT_MS) {
    belt.divert(plate.rfid);
    throw new Error(`plate ${plate.rfid} is past its freshness window`);
  }

  const ac = new AbortController();
  const started = Date.now();
  try {
    belt.dispatch(plate, seat);
    await Promise.race([
      arrivalAt(seat, plate.rfid, ac.signal),
      delay(timeoutMs, undefined, { signal: ac.signal }).then(() => {
        throw new PlateMissedSeat(seat, plate.rfid);
      }),
    ]);
    return { seat, rfid: plate.rfid, latencyMs: Date.now() - started };
  } catch (err) {
    if (err instanceof PlateMissedSeat) {
      belt.divert(plate.rfid);
      kitchenDisplay.flag(seat, `${plate.item} missed seat, diverted to kitchen`);
    }
    throw err;
  } finally {
    ac.abort();
  }
}

export function averageLatency(deliveries: SeatDelivery[]): number {
  if (deliveries.length === 0) return 0;
  return deliveries.reduce((sum, d) => sum + d.latencyMs, 0) / deliveries.length;
}
