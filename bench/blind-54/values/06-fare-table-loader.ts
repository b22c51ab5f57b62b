// expect: none
// this.fareTable is assigned in a .then callback, but every reader first awaits this.ready (the promise returned by that .then), so it is never read early.
export type VehicleClass = "foot" | "bicycle" | "car" | "campervan" | "lorry";

export interface FareTable {
  route: string;
  currency: string;
  validFrom: string;
  fares: Record<VehicleClass, number>;
  peakSurchargePct: number;
}

export interface TicketQuote {
  route: string;
  vehicle: VehicleClass;
  passengers: number;
  total: number;
  currency: string;
}

declare const fareService: { current(route: string): Promise<FareTable> };
declare const timetable: { isPeak(route: string, departure: Date): boolean };

const PASSENGER_FARE_MULTIPLIER = 0.35;

export class FareDesk {
  private fareTable: FareTable | undefined;
  private readonly ready: Promise<void>;

  constructor(private readonly route: string) {
    this.ready = fareService.current(route).then((table) => {
      this.fareTable = table;
    });
    // Keep a failed load from surfacing as unhandled before the first quote; quote() still rethrows it.
    this.ready.catch(() => undefined);
  }

  private async table(): Promise<FareTable> {
    await this.ready;
    if (!this.fareTable) throw new Error(`fare table for ${this.route} missing after load`);
    return this.fareTable;
  }

  async quote(vehicle: VehicleClass, passengers: number, departure: Date): Promise<TicketQuote> {
    const table = await this.table();
    const base = table.fares[vehicle];
    const extraPassengers = Math.max(0, passengers - 1);
    const passengerFare = vehicle === "foot" ? 0 : extraPassengers * table.fares.foot * PASSENGER_FARE_MULTIPLIER;
    let total = base + (vehicle === "foot" ? extraPassengers * base : passengerFare);
    if (timetable.isPeak(this.route, departure)) {
      total *= 1 + table.peakSurchargePct / 100;
    }
    return {
      route: this.route,
      vehicle,
      passengers,
      total: Math.round(total * 100) / 100,
      currency: table.currency,
    };
  }

  async describe(): Promise<string> {
    const table = await this.table();
    const cheapest = (Object.entries(table.fares) as Array<[VehicleClass, number]>).sort((a, b) => a[1] - b[1])[0];
    return `${this.route}: fares from ${cheapest[1]} ${table.currency} (${cheapest[0]}), valid from ${table.validFrom}`;
  }
}
