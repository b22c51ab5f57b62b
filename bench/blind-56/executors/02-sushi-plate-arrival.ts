// expect: none
// The plate-arrival executor clears its timer and detaches every listener in one cleanup, settling exactly once on arrival, jam, belt stop or timeout.
import { EventEmitter } from 'node:events';

export interface Plate {
  plateId: string;
  dish: string;
  priceTier: 'green' | 'red' | 'gold';
}

export interface SeatOrder {
  seat: number;
  plate: Plate;
  placedAt: number;
}

declare const kitchenPrinter: {
  printTicket(order: SeatOrder): Promise<void>;
};

declare const beltMetrics: {
  observe(name: string, value: number, labels?: Record<string, string>): void;
};

export class BeltController extends EventEmitter {
  private segmentCount: number;

  constructor(segmentCount: number) {
    super();
    this.segmentCount = segmentCount;
  }

  reportSensor(segment: number, plateId: string, seat: number | null): void {
    if (segment < 0 || segment >= this.segmentCount) {
      this.emit('jam', segment);
      return;
    }
    if (seat !== null) this.emit('arrived', plateId, seat);
  }

  halt(reason: string): void {
    this.emit('stopped', reason);
  }
}

export function waitForPlateAtSeat(belt: EventEmitter, order: SeatOrder, timeoutMs: number): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const cleanup = () => {
      clearTimeout(timer);
      belt.off('arrived', onArrived);
      belt.off('jam', onJam);
      belt.off('stopped', onStopped);
    };

    const onArrived = (plateId: string, seat: number) => {
      if (plateId !== order.plate.plateId) return;
      cleanup();
      if (seat !== order.seat) {
        reject(new Error(`plate ${plateId} stopped at seat ${seat}, expected ${order.seat}`));
        return;
      }
      resolve(Date.now() - order.placedAt);
    };

    const onJam = (segment: number) => {
      cleanup();
      reject(new Error(`belt jammed at segment ${segment} while carrying ${order.plate.plateId}`));
    };

    const onStopped = (reason: string) => {
      cleanup();
      reject(new Error(`belt stopped (${reason}) before ${order.plate.plateId} arrived`));
    };

    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`plate ${order.plate.plateId} not seen at seat ${order.seat} after ${timeoutMs}ms`));
    }, timeoutMs);

    belt.on('arrived', onArrived);
    belt.on('jam', onJam);
    belt.on('stopped', onStopped);
  });
}

export async function serveOrder(belt: BeltController, order: SeatOrder): Promise<number> {
  await kitchenPrinter.printTicket(order);
  const budgetMs = order.plate.priceTier === 'gold' ? 90_000 : 45_000;
  const elapsed = await waitForPlateAtSeat(belt, order, budgetMs);
  beltMetrics.observe('plate_delivery_ms', elapsed, {
    tier: order.plate.priceTier,
    seat: String(order.seat),
  });
  return elapsed;
}
