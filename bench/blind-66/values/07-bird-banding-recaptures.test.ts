// expect: none
// Every async result is awaited before it reaches expect(), or handed to expect(...).resolves/.rejects which is itself awaited.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeCloseTo(n: number, digits?: number): void;
  resolves: { toBe(expected: unknown): Promise<void> };
  rejects: { toThrow(pattern: RegExp | string): Promise<void> };
};

interface Capture {
  band: string;
  species: string;
  massG: number;
  fatScore: 0 | 1 | 2 | 3 | 4 | 5;
  date: string;
}

class BandingDatabase {
  private readonly captures: Capture[] = [];

  async add(capture: Capture): Promise<void> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (!/^\d{4}-\d{5}$/.test(capture.band)) throw new Error(`malformed band number ${capture.band}`);
    this.captures.push(capture);
  }

  async isRecapture(band: string): Promise<boolean> {
    await Promise.resolve();
    return this.captures.filter((c) => c.band === band).length > 1;
  }

  async massChange(band: string): Promise<number | undefined> {
    await Promise.resolve();
    const history = this.captures.filter((c) => c.band === band).sort((a, b) => a.date.localeCompare(b.date));
    if (history.length < 2) return undefined;
    return history[history.length - 1].massG - history[0].massG;
  }
}

describe('bird banding recaptures', () => {
  let db: BandingDatabase;

  beforeEach(async () => {
    db = new BandingDatabase();
    await db.add({ band: '2641-83017', species: 'Swainson’s Thrush', massG: 29.1, fatScore: 1, date: '2024-09-02' });
    await db.add({ band: '2641-83018', species: 'Gray Catbird', massG: 35.4, fatScore: 2, date: '2024-09-02' });
  });

  it('treats a first capture as new', async () => {
    const recapture = await db.isRecapture('2641-83018');
    expect(recapture).toBe(false);
  });

  it('recognises a thrush caught again five days later', async () => {
    await db.add({ band: '2641-83017', species: 'Swainson’s Thrush', massG: 33.6, fatScore: 3, date: '2024-09-07' });
    await expect(db.isRecapture('2641-83017')).resolves.toBe(true);
  });

  it('computes stopover mass gain between captures', async () => {
    await db.add({ band: '2641-83017', species: 'Swainson’s Thrush', massG: 33.6, fatScore: 3, date: '2024-09-07' });
    const gain = await db.massChange('2641-83017');
    expect(gain).toBeCloseTo(4.5, 5);
  });

  it('has no mass change for a single capture', async () => {
    expect(await db.massChange('2641-83018')).toBe(undefined);
  });

  it('rejects a band number with the wrong prefix length', async () => {
    await expect(
      db.add({ band: '264-183017', species: 'Gray Catbird', massG: 36, fatScore: 2, date: '2024-09-03' }),
    ).rejects.toThrow(/malformed band number/);
  });
});
