// expect: none
// The lookup timer is cleared when the geocoder answers and a timed-out flag drops late callbacks, so each call settles once.
export interface LatLng {
  lat: number;
  lng: number;
}

export interface Stop {
  address: string;
  expectedCustomers: number;
  location?: LatLng;
}

type LookupCallback = (err: Error | null, result?: LatLng) => void;

declare const geocoder: {
  lookup(address: string, callback: LookupCallback): number;
  cancel(requestId: number): void;
};

declare const depot: LatLng;

const LOOKUP_TIMEOUT_MS = 4000;

function geocode(address: string): Promise<LatLng> {
  return new Promise<LatLng>((resolve, reject) => {
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      geocoder.cancel(requestId);
      reject(new Error(`geocoding "${address}" took longer than ${LOOKUP_TIMEOUT_MS}ms`));
    }, LOOKUP_TIMEOUT_MS);

    const requestId = geocoder.lookup(address, (err, result) => {
      if (timedOut) return;
      clearTimeout(timer);
      if (err) {
        reject(err);
      } else if (!result) {
        reject(new Error(`no match for "${address}"`));
      } else {
        resolve(result);
      }
    });
  });
}

function distanceKm(a: LatLng, b: LatLng): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

export async function locateStops(stops: Stop[]): Promise<Array<Stop & { location: LatLng }>> {
  const located: Array<Stop & { location: LatLng }> = [];
  for (const stop of stops) {
    const location = stop.location ?? (await geocode(stop.address));
    located.push({ ...stop, location });
  }
  return located;
}

export async function planRoute(stops: Stop[]): Promise<{ order: string[]; totalKm: number }> {
  const remaining = await locateStops(stops.filter((s) => s.expectedCustomers > 0));
  const order: string[] = [];
  let here = depot;
  let totalKm = 0;

  while (remaining.length > 0) {
    let bestIndex = 0;
    let bestScore = Infinity;
    remaining.forEach((stop, i) => {
      const score = distanceKm(here, stop.location) / Math.sqrt(stop.expectedCustomers);
      if (score < bestScore) {
        bestScore = score;
        bestIndex = i;
      }
    });
    const [next] = remaining.splice(bestIndex, 1);
    totalKm += distanceKm(here, next.location);
    order.push(next.address);
    here = next.location;
  }

  totalKm += distanceKm(here, depot);
  return { order, totalKm: Math.round(totalKm * 10) / 10 };
}
