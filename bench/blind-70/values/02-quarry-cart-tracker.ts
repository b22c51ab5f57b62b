// expect: none
// correct: the in-flight promise is tested for presence to share one request, and compared by identity only to drop responses superseded by a newer refresh.
export interface CartPosition {
  cartId: string;
  sidingId: string;
  chainageM: number;
  loaded: boolean;
  reportedAt: number;
}

declare const railTelemetry: {
  positions(pitId: string): Promise<CartPosition[]>;
};

type Listener = (positions: ReadonlyMap<string, CartPosition>) => void;

export class CartTracker {
  private inflight: Promise<ReadonlyMap<string, CartPosition>> | undefined;
  private latestRequest: Promise<CartPosition[]> | undefined;
  private snapshot: ReadonlyMap<string, CartPosition> = new Map();
  private readonly listeners = new Set<Listener>();

  constructor(private readonly pitId: string) {}

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  current(): ReadonlyMap<string, CartPosition> {
    return this.snapshot;
  }

  refresh(): Promise<ReadonlyMap<string, CartPosition>> {
    if (this.inflight) {
      return this.inflight;
    }
    const pending = this.load().finally(() => {
      if (this.inflight === pending) {
        this.inflight = undefined;
      }
    });
    this.inflight = pending;
    return pending;
  }

  async forceRefresh(): Promise<ReadonlyMap<string, CartPosition>> {
    this.inflight = undefined;
    return this.refresh();
  }

  private async load(): Promise<ReadonlyMap<string, CartPosition>> {
    const request = railTelemetry.positions(this.pitId);
    this.latestRequest = request;
    const positions = await request;

    if (this.latestRequest !== request) {
      return this.snapshot;
    }

    const next = new Map<string, CartPosition>();
    for (const position of positions) {
      const previous = this.snapshot.get(position.cartId);
      if (!previous || previous.reportedAt <= position.reportedAt) {
        next.set(position.cartId, position);
      } else {
        next.set(position.cartId, previous);
      }
    }
    this.snapshot = next;
    this.listeners.forEach((listener) => listener(next));
    return next;
  }
}

export function cartsOnSiding(positions: ReadonlyMap<string, CartPosition>, sidingId: string): CartPosition[] {
  return [...positions.values()]
    .filter((p) => p.sidingId === sidingId)
    .sort((a, b) => a.chainageM - b.chainageM);
}
