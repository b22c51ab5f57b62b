// expect: no-unobserved-promise
// quote() starts the fuel-surcharge request and can then throw for an unknown route or sailing, leaving that promise to reject with nothing attached.
export interface Passenger {
  kind: 'adult' | 'child' | 'senior' | 'resident';
}

export interface Vehicle {
  kind: 'car' | 'campervan' | 'motorbike' | 'bicycle';
  lengthM: number;
}

export interface QuoteRequest {
  route: string;
  sailingId: string;
  date: string;
  passengers: Passenger[];
  vehicle?: Vehicle;
}

export interface Quote {
  route: string;
  sailingId: string;
  currency: 'NOK';
  subtotal: number;
  surcharge: number;
  total: number;
}

interface RouteTariff {
  adult: number;
  vehiclePerMetre: number;
  bicycle: number;
}

declare const fuelIndex: { surchargePct(route: string, date: string): Promise<number> };
declare const timetable: { sailing(sailingId: string): { route: string; departs: string } | undefined };

export class UnknownRouteError extends Error {}

const DISCOUNT: Record<Passenger['kind'], number> = { adult: 1, child: 0.5, senior: 0.7, resident: 0.4 };

export class FareDesk {
  constructor(private readonly tariffs: ReadonlyMap<string, RouteTariff>) {}

  private passengerFare(tariff: RouteTariff, passengers: Passenger[]): number {
    return passengers.reduce((sum, p) => sum + tariff.adult * DISCOUNT[p.kind], 0);
  }

  private vehicleFare(tariff: RouteTariff, vehicle?: Vehicle): number {
    if (!vehicle) return 0;
    if (vehicle.kind === 'bicycle') return tariff.bicycle;
    const billable = Math.max(vehicle.lengthM, vehicle.kind === 'motorbike' ? 2.5 : 5);
    return billable * tariff.vehiclePerMetre;
  }

  async quote(req: QuoteRequest): Promise<Quote> {
    const surchargeRequest = fuelIndex.surchargePct(req.route, req.date);

    const tariff = this.tariffs.get(req.route);
    if (!tariff) {
      throw new UnknownRouteError(`no tariff for route ${req.route}`);
    }
    const sailing = timetable.sailing(req.sailingId);
    if (!sailing || sailing.route !== req.route) {
      throw new UnknownRouteError(`sailing ${req.sailingId} does not run on ${req.route}`);
    }

    const subtotal = Math.round(this.passengerFare(tariff, req.passengers) + this.vehicleFare(tariff, req.vehicle));
    const surchargePct = await surchargeRequest;
    const surcharge = Math.round((subtotal * surchargePct) / 100);
    return { route: req.route, sailingId: req.sailingId, currency: 'NOK', subtotal, surcharge, total: subtotal + surcharge };
  }
}
