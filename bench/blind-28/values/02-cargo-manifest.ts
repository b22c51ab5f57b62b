// expect: no-promise-as-value
// Bug: remainingCapacity() is async, so the rejection note interpolates a Promise ("[object Promise] kg free") instead of the number.
import { EventEmitter } from "node:events";

export interface Consignment {
  awb: string;
  weightKg: number;
  volumeM3: number;
  dangerousGoods: boolean;
}

export interface Flight {
  code: string;
  tail: string;
  departure: Date;
  maxPayloadKg: number;
}

declare const loadControl: {
  bookedWeight(flightCode: string): Promise<number>;
  dgAllowed(tail: string): Promise<boolean>;
  attach(flightCode: string, awb: string): Promise<void>;
};

export type ManifestEvent =
  | { kind: "accepted"; awb: string; flight: string }
  | { kind: "rejected"; awb: string; flight: string; note: string };

export class ManifestBuilder extends EventEmitter {
  private readonly safetyMarginKg: number;

  constructor(safetyMarginKg = 250) {
    super();
    this.safetyMarginKg = safetyMarginKg;
  }

  async remainingCapacity(flight: Flight): Promise<number> {
    const booked = await loadControl.bookedWeight(flight.code);
    return Math.max(0, flight.maxPayloadKg - booked - this.safetyMarginKg);
  }

  private shortfallNote(flight: Flight, c: Consignment): string {
    return `Uplift ${flight.code}: ${c.weightKg} kg offered, ${this.remainingCapacity(flight)} kg free`;
  }

  private reject(flight: Flight, c: Consignment, note: string): false {
    const event: ManifestEvent = { kind: "rejected", awb: c.awb, flight: flight.code, note };
    this.emit("manifest", event);
    return false;
  }

  async offer(flight: Flight, c: Consignment): Promise<boolean> {
    if (flight.departure.getTime() - Date.now() < 90 * 60_000) {
      return this.reject(flight, c, `Uplift ${flight.code}: acceptance closed`);
    }

    if (c.dangerousGoods && !(await loadControl.dgAllowed(flight.tail))) {
      return this.reject(flight, c, `Uplift ${flight.code}: ${flight.tail} not cleared for DG`);
    }

    const free = await this.remainingCapacity(flight);
    if (c.weightKg > free) {
      return this.reject(flight, c, this.shortfallNote(flight, c));
    }

    await loadControl.attach(flight.code, c.awb);
    const event: ManifestEvent = { kind: "accepted", awb: c.awb, flight: flight.code };
    this.emit("manifest", event);
    return true;
  }

  async offerAll(flight: Flight, consignments: Consignment[]): Promise<string[]> {
    const accepted: string[] = [];
    // Heaviest first so small parcels can fill gaps at the end.
    const ordered = [...consignments].sort((a, b) => b.weightKg - a.weightKg);
    for (const c of ordered) {
      if (await this.offer(flight, c)) accepted.push(c.awb);
    }
    return accepted;
  }
}
