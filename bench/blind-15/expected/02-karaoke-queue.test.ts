// expect: none
// Functions are passed as callbacks to hooks/map deliberately and every async call whose result matters is invoked and awaited.
declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => unknown): void;
declare function beforeEach(fn: () => unknown): void;
declare function expect(value: unknown): {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  rejects: { toThrow(message?: string | RegExp): Promise<void> };
};

interface Singer {
  name: string;
  song: string;
}

class KaraokeQueue {
  private entries: Singer[] = [];
  private readonly maxPerSinger = 2;

  async enqueue(singer: Singer): Promise<number> {
    const existing = this.entries.filter((e) => e.name === singer.name).length;
    if (existing >= this.maxPerSinger) {
      throw new Error(`${singer.name} already has ${existing} songs queued`);
    }
    await Promise.resolve();
    this.entries.push(singer);
    return this.entries.length;
  }

  async next(): Promise<Singer | undefined> {
    await Promise.resolve();
    return this.entries.shift();
  }

  async clear(): Promise<void> {
    this.entries = [];
  }

  get size(): number {
    return this.entries.length;
  }
}

const queue = new KaraokeQueue();

async function resetQueue(): Promise<void> {
  await queue.clear();
}

async function fillWithRegulars(): Promise<void> {
  const regulars: Singer[] = [
    { name: 'Dana', song: 'Total Eclipse of the Heart' },
    { name: 'Marco', song: "Livin' on a Prayer" },
    { name: 'Yuki', song: 'Dancing Queen' },
  ];
  await Promise.all(regulars.map((s) => queue.enqueue(s)));
}

describe('KaraokeQueue', () => {
  beforeEach(resetQueue);

  it('serves singers in the order they signed up', async () => {
    await fillWithRegulars();
    const first = await queue.next();
    const second = await queue.next();
    expect(first?.name).toBe('Dana');
    expect(second?.name).toBe('Marco');
    expect(queue.size).toBe(1);
  });

  it('caps the number of songs per singer', async () => {
    await queue.enqueue({ name: 'Dana', song: 'Africa' });
    await queue.enqueue({ name: 'Dana', song: 'Jolene' });
    await expect(queue.enqueue({ name: 'Dana', song: 'Toxic' })).rejects.toThrow(/already has 2/);
  });

  it('accepts a batch of sign-ups from the tablet', async () => {
    const signups: Singer[] = [
      { name: 'Priya', song: 'Wannabe' },
      { name: 'Tom', song: 'Mr. Brightside' },
    ];
    const positions = await Promise.all(signups.map(queue.enqueue.bind(queue)));
    expect(positions.sort()).toEqual([1, 2]);
  });

  it('returns undefined when nobody is waiting', async () => {
    expect(await queue.next()).toBe(undefined);
  });
});
