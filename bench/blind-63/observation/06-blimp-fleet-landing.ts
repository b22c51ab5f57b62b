// expect: no-floating-promises
// The 'landed' listener is async; EventEmitter ignores its returned promise, so a failing billing close is an unhandled rejection.
import { EventEmitter } from 'node:events';

export interface FlightLeg {
  tail: string;
  campaignId: string;
  takeoff: Date;
  landing?: Date;
  impressionsEstimate: number;
}

interface LandingEvent {
  tail: string;
  mooringMast: string;
  at: Date;
}

declare const billing: {
  closeLeg(campaignId: string, airborneMinutes: number, impressions: number): Promise<{ invoiceId: string }>;
};

declare const groundCrew: {
  assign(mast: string, tail: string): Promise<string[]>;
};

export class FleetTracker extends EventEmitter {
  private readonly airborne = new Map<string, FlightLeg>();
  private readonly invoices: string[] = [];

  constructor(private readonly telemetry: EventEmitter) {
    super();
    this.telemetry.on('takeoff', (leg: FlightLeg) => this.onTakeoff(leg));
    this.telemetry.on('landed', async (event: LandingEvent) => {
      const leg = this.airborne.get(event.tail);
      if (!leg) return;
      this.airborne.delete(event.tail);
      leg.landing = event.at;

      const minutes = Math.round((event.at.getTime() - leg.takeoff.getTime()) / 60_000);
      const { invoiceId } = await billing.closeLeg(leg.campaignId, minutes, leg.impressionsEstimate);
      this.invoices.push(invoiceId);
      this.emit('leg-closed', leg, invoiceId);
    });
  }

  private onTakeoff(leg: FlightLeg): void {
    if (this.airborne.has(leg.tail)) {
      this.emit('warning', `${leg.tail} reported takeoff twice`);
      return;
    }
    this.airborne.set(leg.tail, leg);
  }

  airborneTails(): string[] {
    return [...this.airborne.keys()].sort();
  }

  invoiceCount(): number {
    return this.invoices.length;
  }

  async prepareMast(mast: string, tail: string): Promise<string[]> {
    if (!this.airborne.has(tail)) {
      throw new Error(`${tail} is not airborne; nothing to moor at ${mast}`);
    }
    const crew = await groundCrew.assign(mast, tail);
    if (crew.length < 3) {
      throw new Error(`mooring ${tail} at ${mast} needs three handlers, got ${crew.length}`);
    }
    return crew;
  }
}
