// expect: none
// Async hooks are passed to beforeAll as callbacks and the shared fleet promise is deliberately created once and awaited by several tests.
declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => void | Promise<void>): void;
declare function beforeAll(fn: () => void | Promise<void>): void;
declare function expect(actual: unknown): {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveLength(n: number): void;
  rejects: { toThrow(pattern?: string | RegExp): Promise<void> };
};

interface Driver {
  id: string;
  lat: number;
  lng: number;
  available: boolean;
  rating: number;
}

interface RideRequest {
  riderId: string;
  lat: number;
  lng: number;
}

function distanceKm(aLat: number, aLng: number, bLat: number, bLng: number): number {
  const toRad = (d: number) => (d * Math.PI) / 180;
  const dLat = toRad(bLat - aLat);
  const dLng = toRad(bLng - aLng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(aLat)) * Math.cos(toRad(bLat)) * Math.sin(dLng / 2) ** 2;
  return 6371 * 2 * Math.asin(Math.sqrt(h));
}

class Dispatcher {
  private drivers: Driver[] = [];

  load = async (drivers: Driver[]): Promise<void> => {
    await new Promise((r) => setImmediate(r));
    this.drivers = drivers.map((d) => ({ ...d }));
  };

  assign = async (req: RideRequest, maxKm = 5): Promise<Driver> => {
    const candidates = this.drivers
      .filter((d) => d.available)
      .map((d) => ({ d, km: distanceKm(req.lat, req.lng, d.lat, d.lng) }))
      .filter((c) => c.km <= maxKm)
      .sort((a, b) => a.km - b.km || b.d.rating - a.d.rating);
    if (candidates.length === 0) throw new Error(`no driver within ${maxKm} km`);
    candidates[0].d.available = false;
    return candidates[0].d;
  };
}

async function loadFleetFixture(): Promise<Driver[]> {
  await new Promise((r) => setTimeout(r, 5));
  return [
    { id: 'd1', lat: 51.5072, lng: -0.1276, available: true, rating: 4.8 },
    { id: 'd2', lat: 51.5079, lng: -0.1281, available: true, rating: 4.9 },
    { id: 'd3', lat: 51.55, lng: -0.2, available: true, rating: 4.2 },
  ];
}

const fleet = loadFleetFixture();

describe('Dispatcher.assign', () => {
  const dispatcher = new Dispatcher();

  beforeAll(async () => {
    await dispatcher.load(await fleet);
  });

  it('picks the nearest available driver', async () => {
    const driver = await dispatcher.assign({ riderId: 'r1', lat: 51.5074, lng: -0.1278 });
    expect(driver.id).toBe('d1');
  });

  it('does not hand the same driver out twice', async () => {
    const driver = await dispatcher.assign({ riderId: 'r2', lat: 51.5074, lng: -0.1278 });
    expect(driver.id).toBe('d2');
  });

  it('rejects when nobody is in range', async () => {
    await expect(dispatcher.assign({ riderId: 'r3', lat: 48.8566, lng: 2.3522 })).rejects.toThrow(/no driver within/);
  });
});

describe('fleet fixture', () => {
  it('is shared and unchanged by dispatch', async () => {
    const drivers = await fleet;
    expect(drivers).toHaveLength(3);
    expect(drivers.every((d) => d.available)).toBe(true);
  });

  it('assigns concurrent requests to distinct drivers', async () => {
    const local = new Dispatcher();
    await local.load(await fleet);
    const requests: RideRequest[] = [
      { riderId: 'a', lat: 51.5074, lng: -0.1278 },
      { riderId: 'b', lat: 51.5074, lng: -0.1278 },
    ];
    const assigned = await Promise.all(requests.map((r) => local.assign(r)));
    expect(new Set(assigned.map((d) => d.id)).size).toBe(2);
  });
});
