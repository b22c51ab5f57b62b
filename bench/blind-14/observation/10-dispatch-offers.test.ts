// expect: none
// Correct: each stored promise is awaited before anything else is awaited (only synchronous work in between), and expected rejections are awaited via expect().rejects.
import { EventEmitter, once } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const expect: (value: unknown) => {
  toBe(v: unknown): void;
  toEqual(v: unknown): void;
  rejects: { toThrow(msg?: string | RegExp): Promise<void> };
};

interface Offer {
  rideId: string;
  driverId: string;
  etaSeconds: number;
}

class Dispatcher extends EventEmitter {
  private drivers = new Map<string, { lat: number; lon: number; busy: boolean }>();

  addDriver(id: string, lat: number, lon: number): void {
    this.drivers.set(id, { lat, lon, busy: false });
  }

  request(rideId: string, lat: number, lon: number): void {
    const free = [...this.drivers.entries()].filter(([, d]) => !d.busy);
    if (free.length === 0) {
      this.emit('error', new Error(`no drivers for ${rideId}`));
      return;
    }
    free.sort(([, a], [, b]) => dist(a, lat, lon) - dist(b, lat, lon));
    const [driverId, d] = free[0];
    d.busy = true;
    queueMicrotask(() => this.emit('offer', { rideId, driverId, etaSeconds: Math.round(dist(d, lat, lon) * 120) } satisfies Offer));
  }
}

function dist(d: { lat: number; lon: number }, lat: number, lon: number): number {
  return Math.hypot(d.lat - lat, d.lon - lon) * 111;
}

describe('Dispatcher', () => {
  it('offers the ride to the nearest free driver', async () => {
    const dispatcher = new Dispatcher();
    dispatcher.addDriver('drv-a', 40.71, -74.0);
    dispatcher.addDriver('drv-b', 40.8, -73.9);

    const offered = once(dispatcher, 'offer');
    dispatcher.request('ride-1', 40.712, -74.001);
    const [offer] = (await offered) as [Offer];

    expect(offer.driverId).toBe('drv-a');
    expect(offer.rideId).toBe('ride-1');
  });

  it('does not offer a busy driver a second ride', async () => {
    const dispatcher = new Dispatcher();
    dispatcher.addDriver('drv-a', 40.71, -74.0);
    dispatcher.addDriver('drv-b', 40.8, -73.9);

    const first = once(dispatcher, 'offer');
    dispatcher.request('ride-1', 40.71, -74.0);
    await first;

    const second = once(dispatcher, 'offer');
    dispatcher.request('ride-2', 40.71, -74.0);
    const [offer] = (await second) as [Offer];
    expect(offer.driverId).toBe('drv-b');
  });

  it('errors when every driver is busy', async () => {
    const dispatcher = new Dispatcher();
    const offered = once(dispatcher, 'offer');
    setImmediate(() => dispatcher.request('ride-9', 0, 0));
    await expect(offered).rejects.toThrow(/no drivers for ride-9/);
  });
});
