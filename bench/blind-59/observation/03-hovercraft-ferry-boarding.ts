// expect: no-floating-promises
// closeBoarding records each passenger with passengers.forEach(async ...), whose promises are dropped, so the voyage closes before boardings are written and failures vanish.
export interface Passenger {
  ticket: string;
  name: string;
  vehicle?: { plate: string; lengthM: number };
  boardedAt?: number;
}

export interface Voyage {
  voyageId: string;
  craft: string;
  route: 'harbour-island' | 'island-spit' | 'spit-harbour';
  departure: Date;
  passengers: Passenger[];
}

declare const ledger: {
  recordBoarding(voyageId: string, ticket: string, vehicle: string | null): Promise<void>;
  closeVoyage(voyageId: string, summary: { souls: number; vehicles: number; deckLoadM: number }): Promise<void>;
};
declare const skirtSensor: { pressureKpa(craft: string): Promise<number> };
declare const bridge: { announce(craft: string, text: string): Promise<void> };

const MAX_DECK_M = 36;
const MIN_SKIRT_KPA = 2.4;

export class BoardingDesk {
  constructor(private readonly voyage: Voyage) {}

  board(ticket: string): Passenger {
    const passenger = this.voyage.passengers.find((p) => p.ticket === ticket);
    if (!passenger) throw new Error(`ticket ${ticket} is not booked on ${this.voyage.voyageId}`);
    if (passenger.boardedAt) throw new Error(`ticket ${ticket} already boarded`);
    passenger.boardedAt = Date.now();
    return passenger;
  }

  deckLoad(): number {
    return this.voyage.passengers
      .filter((p) => p.boardedAt && p.vehicle)
      .reduce((m, p) => m + (p.vehicle?.lengthM ?? 0), 0);
  }

  async closeBoarding(): Promise<void> {
    const load = this.deckLoad();
    if (load > MAX_DECK_M) {
      throw new Error(`deck overloaded: ${load.toFixed(1)}m of vehicles on ${this.voyage.craft}`);
    }

    const aboard = this.voyage.passengers.filter((p) => p.boardedAt !== undefined);
    aboard.forEach(async (p) => {
      await ledger.recordBoarding(this.voyage.voyageId, p.ticket, p.vehicle?.plate ?? null);
    });

    await ledger.closeVoyage(this.voyage.voyageId, {
      souls: aboard.length,
      vehicles: aboard.filter((p) => p.vehicle).length,
      deckLoadM: load,
    });

    const skirt = await skirtSensor.pressureKpa(this.voyage.craft);
    if (skirt < MIN_SKIRT_KPA) {
      await bridge.announce(this.voyage.craft, `Skirt pressure ${skirt}kPa - hold departure for inspection`);
      return;
    }
    await bridge.announce(this.voyage.craft, `Boarding closed, ${aboard.length} aboard. Lift fans to cushion.`);
  }
}
