// expect: none
// Every started booking is either awaited through Promise.all right away or has both handlers attached via .then(ok, err) before any other await.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveLength(n: number): void;
};

interface Fitting {
  puppet: string;
  costume: string;
  seamstress: string;
  slot: string;
}

class FittingBook {
  private readonly booked = new Map<string, Fitting>();
  private readonly seamstresses: Set<string>;

  constructor(seamstresses: string[], private readonly latencyMs = 2) {
    this.seamstresses = new Set(seamstresses);
  }

  private delay(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, this.latencyMs));
  }

  async book(f: Fitting): Promise<string> {
    await this.delay();
    if (!this.seamstresses.has(f.seamstress)) throw new Error(`${f.seamstress} does not work at the atelier`);
    const key = `${f.seamstress}@${f.slot}`;
    if (this.booked.has(key)) throw new Error(`${f.seamstress} already fitting at ${f.slot}`);
    this.booked.set(key, f);
    return key;
  }

  async cancel(key: string): Promise<boolean> {
    await this.delay();
    return this.booked.delete(key);
  }

  schedule(seamstress: string): Fitting[] {
    return [...this.booked.values()].filter((f) => f.seamstress === seamstress).sort((a, b) => a.slot.localeCompare(b.slot));
  }
}

describe('FittingBook', () => {
  let book: FittingBook;

  beforeEach(() => {
    book = new FittingBook(['Ilse', 'Marek']);
  });

  it('books a whole troupe in parallel', async () => {
    const troupe = ['Punch', 'Judy', 'Crocodile', 'Constable'];
    const keys = await Promise.all(
      troupe.map((puppet, i) =>
        book.book({ puppet, costume: `${puppet} act II`, seamstress: i % 2 ? 'Marek' : 'Ilse', slot: `10:${i}0` }),
      ),
    );
    expect(keys).toHaveLength(4);
    expect(book.schedule('Ilse').map((f) => f.puppet)).toEqual(['Punch', 'Crocodile']);
  });

  it('rejects a double booking of the same seamstress', async () => {
    await book.book({ puppet: 'Harlequin', costume: 'diamonds', seamstress: 'Ilse', slot: '14:00' });
    const second = book
      .book({ puppet: 'Columbine', costume: 'ballet', seamstress: 'Ilse', slot: '14:00' })
      .then(
        () => 'booked',
        (err: Error) => err.message,
      );
    const freed = await book.cancel('Marek@09:00');
    expect(freed).toBe(false);
    expect(await second).toBe('Ilse already fitting at 14:00');
  });

  it('frees the slot on cancel', async () => {
    const key = await book.book({ puppet: 'Pierrot', costume: 'white smock', seamstress: 'Marek', slot: '11:00' });
    expect(await book.cancel(key)).toBe(true);
    expect(book.schedule('Marek')).toHaveLength(0);
  });

  it('reports unknown seamstresses without booking anything', async () => {
    const outcomes = await Promise.allSettled([
      book.book({ puppet: 'Pulcinella', costume: 'hump and hat', seamstress: 'Greta', slot: '12:00' }),
      book.book({ puppet: 'Pantalone', costume: 'red hose', seamstress: 'Ilse', slot: '12:00' }),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'fulfilled']);
    expect(book.schedule('Ilse')).toHaveLength(1);
  });
});
