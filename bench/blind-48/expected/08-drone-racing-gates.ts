// expect: none
// Correct: handlerFor() is declared to return a handler function, so returning bound methods is intended; promises are always called and awaited.
export type GateEventKind = 'pass' | 'miss' | 'collision';

export interface GateEvent {
  kind: GateEventKind;
  gateId: string;
  pilotId: string;
  at: number;
}

type GateHandler = (event: GateEvent) => Promise<void>;

declare const gateHardware: {
  arm(gateId: string): Promise<void>;
  flash(gateId: string, colour: 'green' | 'red' | 'amber'): Promise<void>;
};

declare const raceClock: {
  sync(): Promise<number>;
};

declare const lapStore: {
  recordSplit(pilotId: string, gateId: string, at: number): Promise<void>;
  addPenalty(pilotId: string, seconds: number): Promise<void>;
};

export class GateDirector {
  private armed = false;
  private clockOffsetMs = 0;

  constructor(private readonly gateIds: string[]) {}

  async prepareHeat(): Promise<void> {
    const [offset] = await Promise.all([raceClock.sync(), this.armGates()]);
    this.clockOffsetMs = offset;
    this.armed = true;
  }

  private async armGates(): Promise<void> {
    for (const gateId of this.gateIds) {
      await gateHardware.arm(gateId);
    }
  }

  handlerFor(kind: GateEventKind): GateHandler {
    switch (kind) {
      case 'pass':
        return this.onPass.bind(this);
      case 'miss':
        return this.onMiss.bind(this);
      case 'collision':
        return (event) => this.onCollision(event);
    }
  }

  async dispatch(event: GateEvent): Promise<void> {
    if (!this.armed) throw new Error('heat not prepared');
    const handler = this.handlerFor(event.kind);
    await handler({ ...event, at: event.at - this.clockOffsetMs });
  }

  private async onPass(event: GateEvent): Promise<void> {
    await lapStore.recordSplit(event.pilotId, event.gateId, event.at);
    await gateHardware.flash(event.gateId, 'green');
  }

  private async onMiss(event: GateEvent): Promise<void> {
    await lapStore.addPenalty(event.pilotId, 2);
    await gateHardware.flash(event.gateId, 'red');
  }

  private async onCollision(event: GateEvent): Promise<void> {
    await gateHardware.flash(event.gateId, 'amber');
    await lapStore.addPenalty(event.pilotId, 5);
  }
}

export async function runHeat(director: GateDirector, events: GateEvent[]): Promise<void> {
  await director.prepareHeat();
  for (const event of events.sort((a, b) => a.at - b.at)) {
    await director.dispatch(event);
  }
}
