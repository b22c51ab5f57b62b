// expect: none
// holdUntilSpace forwards the request's signal to both the capacity lookup and the events.once wait, and the tests observe the resulting AbortError instead of hiding it.
import { EventEmitter, once } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  rejects: { toThrow(msg?: string | RegExp): Promise<void>; toMatchObject(obj: object): Promise<void> };
};

interface EntryRequest {
  guestId: string;
  zone: 'main-court' | 'foam-pit' | 'dodgeball';
  signal: AbortSignal;
}

type CapacityLookup = (zone: EntryRequest['zone'], signal: AbortSignal) => Promise<{ inside: number; limit: number }>;

class ZoneGate extends EventEmitter {
  constructor(private readonly capacity: CapacityLookup) {
    super();
  }

  async holdUntilSpace(request: EntryRequest): Promise<'admitted'> {
    for (;;) {
      const { inside, limit } = await this.capacity(request.zone, request.signal);
      if (inside < limit) return 'admitted';
      await once(this, `exit:${request.zone}`, { signal: request.signal });
    }
  }

  guestLeft(zone: EntryRequest['zone']): void {
    this.emit(`exit:${zone}`);
  }
}

function capacityFrom(counts: Map<string, number>, limit: number): CapacityLookup {
  return async (zone, signal) => {
    signal.throwIfAborted();
    return { inside: counts.get(zone) ?? 0, limit };
  };
}

describe('trampoline zone gate', () => {
  let counts: Map<string, number>;
  let gate: ZoneGate;

  beforeEach(() => {
    counts = new Map([['foam-pit', 12], ['main-court', 3]]);
    gate = new ZoneGate(capacityFrom(counts, 12));
  });

  it('admits straight away when there is room', async () => {
    const controller = new AbortController();
    const result = await gate.holdUntilSpace({ guestId: 'g1', zone: 'main-court', signal: controller.signal });
    expect(result).toBe('admitted');
  });

  it('waits for someone to leave a full zone', async () => {
    const controller = new AbortController();
    const held = gate.holdUntilSpace({ guestId: 'g2', zone: 'foam-pit', signal: controller.signal });
    setTimeout(() => {
      counts.set('foam-pit', 11);
      gate.guestLeft('foam-pit');
    }, 10);
    expect(await held).toBe('admitted');
  });

  it('releases the waiting guest when the kiosk session is cancelled', async () => {
    const controller = new AbortController();
    const held = gate.holdUntilSpace({ guestId: 'g3', zone: 'foam-pit', signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    await expect(held).rejects.toMatchObject({ name: 'AbortError' });
    expect(gate.listenerCount('exit:foam-pit')).toBe(0);
  });

  it('rejects an already-cancelled session at the capacity lookup', async () => {
    let lookups = 0;
    const counting = new ZoneGate(async (zone, signal) => {
      lookups++;
      signal.throwIfAborted();
      return { inside: 0, limit: 12 };
    });
    await expect(
      counting.holdUntilSpace({ guestId: 'g4', zone: 'dodgeball', signal: AbortSignal.abort() }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(lookups).toBe(1);
  });
});
