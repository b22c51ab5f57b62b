// expect: require-signal-propagation
// dispatchOrder passes options.signal to the kitchen POST but not to the follow-up lane-reservation fetch, so cancelling the order leaves the belt reservation request running.
export interface OrderItem {
  sku: string;
  qty: number;
}

export interface TableOrder {
  tableNo: number;
  items: OrderItem[];
}

export interface DispatchReceipt {
  ticketId: string;
  lane: number;
  slot: number;
  etaSec: number;
}

export interface DispatchOptions {
  signal?: AbortSignal;
  priority?: boolean;
}

export class ConveyorDispatcher {
  constructor(
    private readonly kitchenUrl: string,
    private readonly beltUrl: string,
    private readonly lanesByTable: ReadonlyMap<number, number>,
  ) {}

  private laneFor(tableNo: number): number {
    const lane = this.lanesByTable.get(tableNo);
    if (lane === undefined) throw new Error(`table ${tableNo} is not on a conveyor lane`);
    return lane;
  }

  async dispatchOrder(order: TableOrder, options: DispatchOptions = {}): Promise<DispatchReceipt> {
    const { signal } = options;
    const plates = order.items.reduce((n, i) => n + i.qty, 0);
    if (plates === 0) throw new Error(`order for table ${order.tableNo} is empty`);

    const kitchen = await fetch(`${this.kitchenUrl}/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(order),
      signal,
    });
    if (!kitchen.ok) throw new Error(`kitchen rejected order: ${kitchen.status}`);
    const { ticketId, prepSec } = (await kitchen.json()) as { ticketId: string; prepSec: number };

    const lane = this.laneFor(order.tableNo);
    const reservation = await fetch(`${this.beltUrl}/lanes/${lane}/reservations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ticketId, plates, express: options.priority === true, readyInSec: prepSec }),
    });
    if (!reservation.ok) throw new Error(`lane ${lane} reservation failed: ${reservation.status}`);
    const { slot, travelSec } = (await reservation.json()) as { slot: number; travelSec: number };

    return { ticketId, lane, slot, etaSec: prepSec + travelSec };
  }

  async cancel(ticketId: string, signal?: AbortSignal): Promise<void> {
    const res = await fetch(`${this.kitchenUrl}/orders/${ticketId}`, { method: 'DELETE', signal });
    if (!res.ok && res.status !== 404) throw new Error(`could not cancel ${ticketId}: ${res.status}`);
  }
}
