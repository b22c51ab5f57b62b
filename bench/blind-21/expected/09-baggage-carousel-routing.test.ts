// expect: no-uncalled-async-function
// `await rig.shutdown` in afterEach awaits the method reference instead of calling it, so the simulated belt motors and scanner timers are never stopped between tests.
import { EventEmitter } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const afterEach: (fn: () => Promise<void> | void) => void;
declare const expect: <T>(actual: T) => {
  toBe(expected: T): void;
  toEqual(expected: unknown): void;
  toContain(item: unknown): void;
};

interface Bag {
  tag: string;
  flight: string;
  weightKg: number;
}

class CarouselRig extends EventEmitter {
  private readonly belts = new Map<number, Bag[]>();
  private scanner?: NodeJS.Timeout;
  readonly unreadable: string[] = [];

  constructor(private readonly flightToCarousel: Record<string, number>) {
    super();
  }

  async powerUp(): Promise<void> {
    for (const carousel of new Set(Object.values(this.flightToCarousel))) this.belts.set(carousel, []);
    this.scanner = setInterval(() => this.emit('heartbeat', Date.now()), 50);
  }

  async induct(bag: Bag): Promise<number | null> {
    await new Promise((resolve) => setImmediate(resolve));
    if (!/^\d{10}$/.test(bag.tag)) {
      this.unreadable.push(bag.tag);
      return null;
    }
    const carousel = this.flightToCarousel[bag.flight];
    if (carousel === undefined) return null;
    this.belts.get(carousel)?.push(bag);
    return carousel;
  }

  bagsOn(carousel: number): string[] {
    return (this.belts.get(carousel) ?? []).map((b) => b.tag);
  }

  async shutdown(): Promise<void> {
    clearInterval(this.scanner);
    this.belts.clear();
    this.removeAllListeners();
  }
}

describe('baggage hall routing', () => {
  let rig: CarouselRig;

  beforeEach(async () => {
    rig = new CarouselRig({ SK1471: 3, FI205: 5, DY612: 3 });
    await rig.powerUp();
  });

  afterEach(async () => {
    await rig.shutdown;
  });

  it('routes bags to the carousel assigned to their flight', async () => {
    expect(await rig.induct({ tag: '0117123456', flight: 'SK1471', weightKg: 18.2 })).toBe(3);
    expect(await rig.induct({ tag: '0117123457', flight: 'FI205', weightKg: 22.9 })).toBe(5);
    expect(rig.bagsOn(3)).toEqual(['0117123456']);
  });

  it('shares a carousel between flights when the schedule says so', async () => {
    await Promise.all([
      rig.induct({ tag: '0117000001', flight: 'SK1471', weightKg: 12 }),
      rig.induct({ tag: '0117000002', flight: 'DY612', weightKg: 15 }),
    ]);
    expect(rig.bagsOn(3).length).toBe(2);
  });

  it('sends unreadable tags to manual coding', async () => {
    expect(await rig.induct({ tag: 'SK-DAMAGED', flight: 'SK1471', weightKg: 9 })).toBe(null);
    expect(rig.unreadable).toContain('SK-DAMAGED');
  });
});
