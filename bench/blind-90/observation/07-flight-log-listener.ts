// expect: no-floating-promises
// The 'landed' listener is an async function; EventEmitter ignores the promise it returns, so a failing database write or SMS becomes an unhandled rejection.
import { EventEmitter } from 'node:events';

export interface Flight {
  id: string;
  pilot: string;
  envelope: string;
  launchSite: string;
  passengers: number;
  launchedAt: Date;
}

export interface Landing {
  flight: Flight;
  landedAt: Date;
  lat: number;
  lon: number;
  fuelUsedKg: number;
}

declare const db: {
  insertLanding(row: Record<string, unknown>): Promise<void>;
  addEnvelopeHours(envelope: string, hours: number): Promise<number>;
};

declare const sms: {
  send(to: string, text: string): Promise<void>;
};

const INSPECTION_INTERVAL_HOURS = 100;

export class FlightOps extends EventEmitter {
  private readonly airborne = new Map<string, Flight>();

  constructor(private readonly retrievalCrewPhone: string) {
    super();
    this.on('landed', async (landing: Landing) => {
      const hours = (landing.landedAt.getTime() - landing.flight.launchedAt.getTime()) / 3_600_000;
      await db.insertLanding({
        flight_id: landing.flight.id,
        landed_at: landing.landedAt.toISOString(),
        lat: landing.lat,
        lon: landing.lon,
        fuel_used_kg: landing.fuelUsedKg,
      });
      const total = await db.addEnvelopeHours(landing.flight.envelope, hours);
      if (total >= INSPECTION_INTERVAL_HOURS) {
        this.emit('inspection-due', landing.flight.envelope, total);
      }
      await sms.send(
        this.retrievalCrewPhone,
        `${landing.flight.pilot} down at ${landing.lat.toFixed(5)},${landing.lon.toFixed(5)}`,
      );
    });
  }

  launch(flight: Flight) {
    if (this.airborne.has(flight.id)) throw new Error(`flight ${flight.id} already airborne`);
    this.airborne.set(flight.id, flight);
    this.emit('launched', flight);
  }

  land(flightId: string, position: { lat: number; lon: number }, fuelUsedKg: number) {
    const flight = this.airborne.get(flightId);
    if (!flight) throw new Error(`unknown flight ${flightId}`);
    this.airborne.delete(flightId);
    const landing: Landing = { flight, landedAt: new Date(), ...position, fuelUsedKg };
    this.emit('landed', landing);
    return landing;
  }

  get inAir(): Flight[] {
    return [...this.airborne.values()];
  }
}
