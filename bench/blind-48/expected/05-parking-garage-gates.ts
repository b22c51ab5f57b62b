// expect: no-uncalled-async-function
// Bug: the valid-permit branch of the then callback returns this.openBarrier (the function) instead of calling it, so the barrier never lifts.
export interface Permit {
  plate: string;
  level: number;
  expiresAt: number;
}

export interface ArrivalEvent {
  gateId: string;
  plate: string;
  confidence: number;
}

declare const permitStore: {
  findByPlate(plate: string): Promise<Permit | null>;
};

declare const barrierIo: {
  raise(gateId: string): Promise<void>;
  lower(gateId: string): Promise<void>;
};

declare const displayBoard: {
  show(gateId: string, text: string): Promise<void>;
};

const MIN_PLATE_CONFIDENCE = 0.85;

export class EntryGate {
  private readonly recent = new Map<string, number>();

  constructor(private readonly gateId: string, private readonly holdOpenMs = 8_000) {}

  private readonly openBarrier = async (): Promise<void> => {
    await barrierIo.raise(this.gateId);
    setTimeout(() => {
      barrierIo.lower(this.gateId).catch(() => undefined);
    }, this.holdOpenMs);
  };

  private async denyEntry(plate: string, reason: 'expired' | 'unknown'): Promise<void> {
    const text = reason === 'expired' ? `PERMIT EXPIRED ${plate}` : 'NO PERMIT - PLEASE TAKE TICKET';
    await displayBoard.show(this.gateId, text);
  }

  private isDuplicate(plate: string): boolean {
    const last = this.recent.get(plate);
    const now = Date.now();
    this.recent.set(plate, now);
    return last !== undefined && now - last < 30_000;
  }

  handleArrival(event: ArrivalEvent) {
    if (event.gateId !== this.gateId) return Promise.resolve();
    if (event.confidence < MIN_PLATE_CONFIDENCE) {
      return displayBoard.show(this.gateId, 'PLATE NOT READ - PRESS FOR TICKET');
    }
    if (this.isDuplicate(event.plate)) return Promise.resolve();

    return permitStore.findByPlate(event.plate).then(async (permit) => {
      if (permit && permit.expiresAt > Date.now()) {
        return this.openBarrier;
      }
      return this.denyEntry(event.plate, permit ? 'expired' : 'unknown');
    });
  }
}

export async function replayArrivals(gate: EntryGate, events: ArrivalEvent[]): Promise<number> {
  let handled = 0;
  for (const event of events) {
    await gate.handleArrival(event);
    handled++;
  }
  return handled;
}
