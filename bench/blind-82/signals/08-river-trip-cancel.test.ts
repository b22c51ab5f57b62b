// expect: none
// launchTrip catches errors only to release the boat and then rethrows the original AbortError, and the tests await the rejection instead of hiding it.
import { EventEmitter, once } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void>; toMatchObject(expected: unknown): Promise<void> };
};

class BoatYard extends EventEmitter {
  readonly onWater = new Set<string>();

  launch(boat: string): void {
    this.onWater.add(boat);
    setTimeout(() => {
      if (this.onWater.has(boat)) this.emit(`cast-off:${boat}`, boat);
    }, 5);
  }

  recall(boat: string): void {
    this.onWater.delete(boat);
  }
}

async function launchTrip(yard: BoatYard, boat: string, signal: AbortSignal): Promise<string> {
  signal.throwIfAborted();
  yard.launch(boat);
  try {
    const [castOff] = (await once(yard, `cast-off:${boat}`, { signal })) as [string];
    return `${castOff} is on the river`;
  } catch (err) {
    yard.recall(boat);
    throw err;
  }
}

describe('launchTrip', () => {
  let yard: BoatYard;

  beforeEach(() => {
    yard = new BoatYard();
  });

  it('resolves once the boat casts off', async () => {
    const controller = new AbortController();
    const message = await launchTrip(yard, 'Ukai-3', controller.signal);
    expect(message).toBe('Ukai-3 is on the river');
    expect(yard.onWater.has('Ukai-3')).toBe(true);
  });

  it('recalls the boat and rejects with AbortError when the guide cancels', async () => {
    const controller = new AbortController();
    const trip = launchTrip(yard, 'Ukai-7', controller.signal);
    controller.abort();

    await expect(trip).rejects.toMatchObject({ name: 'AbortError' });
    expect(yard.onWater.has('Ukai-7')).toBe(false);
  });

  it('never launches when the storm warning already cancelled the day', async () => {
    const stormWarning = AbortSignal.abort(new Error('storm warning on the Nagara'));
    await expect(launchTrip(yard, 'Ukai-1', stormWarning)).rejects.toThrow('storm warning');
    expect(yard.onWater.size).toBe(0);
  });

  it('cancels only the trip whose signal fired', async () => {
    const first = new AbortController();
    const second = new AbortController();
    const trips = Promise.allSettled([
      launchTrip(yard, 'Ukai-2', first.signal),
      launchTrip(yard, 'Ukai-4', second.signal),
    ]);
    first.abort();

    const [a, b] = await trips;
    expect(a.status === 'rejected' ? (a.reason as Error).name : a.status).toBe('AbortError');
    expect(b.status === 'fulfilled' ? b.value : b.status).toBe('Ukai-4 is on the river');
    expect([...yard.onWater]).toEqual(['Ukai-4']);
  });
});
