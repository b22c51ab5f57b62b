// expect: no-swallowed-abort
// loadStationOrders catches the AbortError from a cancelled fetch and returns an empty, "stale" order list, so callers cannot tell cancellation from a quiet galley.
export interface GalleyOrder {
  orderId: string;
  venue: 'main-dining' | 'lido-buffet' | 'specialty' | 'room-service';
  station: 'grill' | 'saute' | 'garde-manger' | 'pastry';
  dish: string;
  covers: number;
  allergens: string[];
  firedAt: string;
}

export interface StationOrders {
  station: GalleyOrder['station'];
  orders: GalleyOrder[];
  stale: boolean;
}

declare const galleyConfig: {
  orderServiceUrl: string;
  deck: number;
};

declare const passDisplay: {
  show(station: string, lines: string[]): void;
};

export class GalleyFeedError extends Error {
  constructor(message: string, readonly status?: number) {
    super(message);
    this.name = 'GalleyFeedError';
  }
}

function isAbortError(err: unknown): boolean {
  return err instanceof DOMException && err.name === 'AbortError';
}

export async function loadStationOrders(
  station: GalleyOrder['station'],
  signal: AbortSignal,
): Promise<StationOrders> {
  const url = `${galleyConfig.orderServiceUrl}/decks/${galleyConfig.deck}/stations/${station}/orders`;
  try {
    const res = await fetch(url, { signal, headers: { accept: 'application/json' } });
    if (!res.ok) {
      throw new GalleyFeedError(`order service returned ${res.status} for ${station}`, res.status);
    }
    const orders = (await res.json()) as GalleyOrder[];
    return { station, orders, stale: false };
  } catch (err) {
    if (isAbortError(err)) {
      return { station, orders: [], stale: true };
    }
    throw err;
  }
}

function priority(order: GalleyOrder): number {
  const venueWeight = order.venue === 'room-service' ? 3 : order.venue === 'specialty' ? 2 : 1;
  const ageMinutes = (Date.now() - Date.parse(order.firedAt)) / 60_000;
  return venueWeight * 10 + ageMinutes + (order.allergens.length > 0 ? 5 : 0);
}

export function ticketLines(orders: GalleyOrder[]): string[] {
  return orders
    .slice()
    .sort((a, b) => priority(b) - priority(a))
    .map((o) => {
      const allergy = o.allergens.length > 0 ? ` !! ${o.allergens.join('/')}` : '';
      return `${o.covers}x ${o.dish} [${o.venue}]${allergy}`;
    });
}

export async function refreshPass(station: GalleyOrder['station'], signal: AbortSignal): Promise<number> {
  const { orders, stale } = await loadStationOrders(station, signal);
  const lines = ticketLines(orders);
  passDisplay.show(station, stale ? ['(feed paused)', ...lines] : lines);
  return orders.length;
}
