// expect: none
// All three readings are awaited (via Promise.all) before the handoff object is built, so the JSON sent to the ship contains numbers, not promises.
export interface MastSensors {
  windKnots(mastId: string): Promise<number>;
  lineTensionKn(mastId: string): Promise<number>;
  noseConeLatched(mastId: string): Promise<boolean>;
}

export interface ShipLink {
  send(callsign: string, payload: string): Promise<void>;
}

export interface HandoffMessage {
  type: 'mooring-handoff';
  mastId: string;
  callsign: string;
  at: string;
  conditions: {
    windKnots: number;
    lineTensionKn: number;
    latched: boolean;
  };
  cleared: boolean;
}

const MAX_HANDOFF_WIND = 22;
const MAX_HANDOFF_TENSION = 48;

export class MooringHandoff {
  private readonly sent: HandoffMessage[] = [];

  constructor(
    private readonly sensors: MastSensors,
    private readonly link: ShipLink,
  ) {}

  async build(mastId: string, callsign: string): Promise<HandoffMessage> {
    const [windKnots, lineTensionKn, latched] = await Promise.all([
      this.sensors.windKnots(mastId),
      this.sensors.lineTensionKn(mastId),
      this.sensors.noseConeLatched(mastId),
    ]);
    return {
      type: 'mooring-handoff',
      mastId,
      callsign,
      at: new Date().toISOString(),
      conditions: { windKnots, lineTensionKn, latched },
      cleared: latched && windKnots <= MAX_HANDOFF_WIND && lineTensionKn <= MAX_HANDOFF_TENSION,
    };
  }

  async handOff(mastId: string, callsign: string): Promise<boolean> {
    const message = await this.build(mastId, callsign);
    await this.link.send(callsign, JSON.stringify(message));
    this.sent.push(message);
    return message.cleared;
  }

  history(mastId?: string): HandoffMessage[] {
    return mastId ? this.sent.filter((m) => m.mastId === mastId) : [...this.sent];
  }

  lastConditions(mastId: string): string {
    const last = this.history(mastId).at(-1);
    if (!last) return `${mastId}: no handoff yet`;
    const c = last.conditions;
    return `${mastId} → ${last.callsign}: wind ${c.windKnots}kt, tension ${c.lineTensionKn}kN, ${c.latched ? 'latched' : 'NOT latched'}`;
  }
}
