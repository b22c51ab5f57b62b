// expect: none
// handlerFor() and subscribe() deliberately pass handler functions to code that expects callbacks; every awaited value is a real call.
export type CrossingEvent =
  | { kind: 'train_approaching'; trackId: string; etaSec: number }
  | { kind: 'barrier_down'; barrierId: string }
  | { kind: 'barrier_fault'; barrierId: string; code: string }
  | { kind: 'train_cleared'; trackId: string };

type Handler = (event: CrossingEvent) => Promise<void>;

declare const signalling: {
  setRoadLights(crossingId: string, state: 'off' | 'amber' | 'flashing_red'): Promise<void>;
  lowerBarriers(crossingId: string): Promise<void>;
  raiseBarriers(crossingId: string): Promise<void>;
  holdSignal(trackId: string): Promise<void>;
  reportFault(crossingId: string, barrierId: string, code: string): Promise<void>;
};

declare const crossingBus: {
  subscribe(crossingId: string, handler: Handler): () => void;
};

const MIN_WARNING_SEC = 27;

export class CrossingEventRouter {
  private readonly handlers: Record<CrossingEvent['kind'], Handler>;
  private readonly occupiedTracks = new Set<string>();
  private readonly downBarriers = new Set<string>();

  constructor(
    private readonly crossingId: string,
    private readonly barrierIds: readonly string[],
  ) {
    this.handlers = {
      train_approaching: this.onApproach,
      barrier_down: this.onBarrierDown,
      barrier_fault: this.onFault,
      train_cleared: this.onCleared,
    };
  }

  handlerFor(kind: CrossingEvent['kind']): Handler {
    return this.handlers[kind];
  }

  attach(): () => void {
    return crossingBus.subscribe(this.crossingId, this.dispatch);
  }

  readonly dispatch = async (event: CrossingEvent): Promise<void> => {
    await this.handlerFor(event.kind)(event);
  };

  private readonly onApproach = async (event: CrossingEvent): Promise<void> => {
    if (event.kind !== 'train_approaching') return;
    this.occupiedTracks.add(event.trackId);
    if (event.etaSec < MIN_WARNING_SEC) {
      await signalling.holdSignal(event.trackId);
    }
    await Promise.all([
      signalling.setRoadLights(this.crossingId, 'flashing_red'),
      signalling.lowerBarriers(this.crossingId),
    ]);
  };

  private readonly onBarrierDown = async (event: CrossingEvent): Promise<void> => {
    if (event.kind !== 'barrier_down') return;
    this.downBarriers.add(event.barrierId);
  };

  private readonly onFault = async (event: CrossingEvent): Promise<void> => {
    if (event.kind !== 'barrier_fault') return;
    this.downBarriers.delete(event.barrierId);
    await signalling.reportFault(this.crossingId, event.barrierId, event.code);
    for (const trackId of this.occupiedTracks) {
      await signalling.holdSignal(trackId);
    }
  };

  private readonly onCleared = async (event: CrossingEvent): Promise<void> => {
    if (event.kind !== 'train_cleared') return;
    this.occupiedTracks.delete(event.trackId);
    if (this.occupiedTracks.size > 0) return;
    await signalling.raiseBarriers(this.crossingId);
    await signalling.setRoadLights(this.crossingId, 'off');
    this.downBarriers.clear();
  };

  allBarriersDown(): boolean {
    return this.barrierIds.every((id) => this.downBarriers.has(id));
  }
}
