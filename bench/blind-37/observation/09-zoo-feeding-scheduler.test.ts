// expect: no-unobserved-promise
// The locked-enclosure test starts feed() and awaits flushNotifications() before attaching the rejects matcher to the stored promise.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void>) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: <T>(actual: T) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};
declare const vi: {
  fn<A extends unknown[], R>(impl?: (...args: A) => R): ((...args: A) => R) & { mock: { calls: A[] } };
};

interface Enclosure {
  id: string;
  locked: boolean;
  diet: Record<string, number>; // food -> kg per feed
}

interface Notifier {
  send(keeper: string, text: string): Promise<void>;
}

class FeedingScheduler {
  private readonly outbox: Array<{ keeper: string; text: string }> = [];

  constructor(
    private readonly enclosures: Map<string, Enclosure>,
    private readonly notifier: Notifier,
  ) {}

  async feed(enclosureId: string, food: string): Promise<number> {
    await Promise.resolve();
    const enclosure = this.enclosures.get(enclosureId);
    if (!enclosure) throw new Error(`unknown enclosure ${enclosureId}`);
    if (enclosure.locked) throw new Error(`${enclosureId} is locked for veterinary work`);
    const kg = enclosure.diet[food];
    if (kg === undefined) throw new Error(`${food} is not on the ${enclosureId} diet sheet`);
    this.outbox.push({ keeper: 'duty-keeper', text: `${enclosureId}: ${kg}kg ${food} served` });
    return kg;
  }

  async flushNotifications(): Promise<number> {
    // let feeds that are already in flight enqueue their messages first
    await new Promise<void>((resolve) => setImmediate(resolve));
    const pending = this.outbox.splice(0);
    for (const n of pending) {
      await this.notifier.send(n.keeper, n.text);
    }
    return pending.length;
  }
}

describe('FeedingScheduler', () => {
  let scheduler: FeedingScheduler;
  let send: ((keeper: string, text: string) => Promise<void>) & { mock: { calls: [string, string][] } };

  beforeEach(() => {
    send = vi.fn(async (_keeper: string, _text: string) => {});
    scheduler = new FeedingScheduler(
      new Map<string, Enclosure>([
        ['otters', { id: 'otters', locked: false, diet: { capelin: 1.5, crayfish: 0.4 } }],
        ['red-pandas', { id: 'red-pandas', locked: true, diet: { bamboo: 2.2 } }],
      ]),
      { send },
    );
  });

  it('serves the diet-sheet portion and notifies the keeper', async () => {
    const kg = await scheduler.feed('otters', 'capelin');
    expect(kg).toBe(1.5);
    expect(await scheduler.flushNotifications()).toBe(1);
    expect(send.mock.calls[0]).toEqual(['duty-keeper', 'otters: 1.5kg capelin served']);
  });

  it('refuses food that is not on the diet sheet', async () => {
    await expect(scheduler.feed('otters', 'bamboo')).rejects.toThrow('not on the otters diet sheet');
  });

  it('refuses to feed a locked enclosure and sends nothing', async () => {
    const feeding = scheduler.feed('red-pandas', 'bamboo');
    const flushed = await scheduler.flushNotifications();
    expect(flushed).toBe(0);
    await expect(feeding).rejects.toThrow('locked for veterinary work');
  });
});
