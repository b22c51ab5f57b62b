// expect: no-unobserved-promise
// The fare quote is requested before the driver search; when no driver is free the function returns early and the pending quote is abandoned unobserved.
export interface RideRequest {
  requestId: string;
  pickup: { lat: number; lng: number; label: string };
  dropoff: { lat: number; lng: number; label: string };
  passengers: 1 | 2 | 3;
  luggage: boolean;
}

export interface Driver {
  driverId: string;
  rickshawType: "pedal" | "electric" | "auto";
  seats: number;
  distanceKm: number;
}

export interface Quote {
  fare: number;
  currency: string;
  surge: number;
}

export type DispatchOutcome =
  | { status: "assigned"; driverId: string; quote: Quote; etaMin: number }
  | { status: "no-driver"; retryAfterS: number };

declare const pricing: { quote(req: RideRequest): Promise<Quote> };
declare const fleet: { nearby(lat: number, lng: number, radiusKm: number): Promise<Driver[]> };
declare const offers: { send(driverId: string, req: RideRequest, quote: Quote): Promise<boolean> };

const SEARCH_RADII_KM = [0.8, 1.5, 3];
const AVG_SPEED_KMH: Record<Driver["rickshawType"], number> = { pedal: 9, electric: 16, auto: 22 };

function suitable(driver: Driver, req: RideRequest): boolean {
  if (driver.seats < req.passengers) return false;
  if (req.luggage && driver.rickshawType === "pedal") return false;
  return true;
}

async function candidates(req: RideRequest): Promise<Driver[]> {
  for (const radius of SEARCH_RADII_KM) {
    const drivers = (await fleet.nearby(req.pickup.lat, req.pickup.lng, radius)).filter((d) => suitable(d, req));
    if (drivers.length > 0) return drivers.sort((a, b) => a.distanceKm - b.distanceKm);
  }
  return [];
}

export async function dispatch(req: RideRequest): Promise<DispatchOutcome> {
  const quoteRequest = pricing.quote(req);

  const drivers = await candidates(req);
  if (drivers.length === 0) {
    return { status: "no-driver", retryAfterS: 45 };
  }

  const quote = await quoteRequest;
  for (const driver of drivers.slice(0, 3)) {
    const accepted = await offers.send(driver.driverId, req, quote);
    if (accepted) {
      const etaMin = Math.max(2, Math.round((driver.distanceKm / AVG_SPEED_KMH[driver.rickshawType]) * 60));
      return { status: "assigned", driverId: driver.driverId, quote, etaMin };
    }
  }
  return { status: "no-driver", retryAfterS: 20 };
}
