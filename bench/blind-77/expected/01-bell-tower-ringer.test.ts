// expect: none
// Correct: functions are passed where functions are expected (vi.fn implementations, bound handlers, expect(() => ...)), and every async call is invoked and awaited.
export {};

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
interface Matchers {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toThrow(expected?: string | RegExp): void;
  toHaveBeenCalledTimes(n: number): void;
  toHaveBeenCalledWith(...args: unknown[]): void;
}
declare const expect: (value: unknown) => Matchers & {
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};
interface Mock<A extends unknown[], R> {
  (...args: A): R;
  mock: { calls: A[] };
}
declare const vi: {
  fn<A extends unknown[], R>(impl: (...args: A) => R): Mock<A, R>;
};

type Stroke = 'hand' | 'back';
type Striker = (bell: number, stroke: Stroke) => Promise<void>;

class RingingChamber {
  private readonly listeners: Array<(row: number[]) => void> = [];
  private rowsRung = 0;

  constructor(private readonly bells: number, private readonly strike: Striker) {
    if (bells < 3 || bells > 16) throw new RangeError(`a tower cannot hang ${bells} bells`);
  }

  onRow(listener: (row: number[]) => void): void {
    this.listeners.push(listener);
  }

  async ringRow(row: number[]): Promise<void> {
    if (row.length !== this.bells || new Set(row).size !== this.bells) {
      throw new Error(`row ${row.join('')} is not a permutation of ${this.bells} bells`);
    }
    const stroke: Stroke = this.rowsRung % 2 === 0 ? 'hand' : 'back';
    for (const bell of row) await this.strike(bell, stroke);
    this.rowsRung++;
    for (const listener of this.listeners) listener(row);
  }

  get rows(): number {
    return this.rowsRung;
  }
}

function plainHuntRows(bells: number): number[][] {
  const rows: number[][] = [];
  let row = Array.from({ length: bells }, (_, i) => i + 1);
  for (let i = 0; i < bells * 2; i++) {
    rows.push(row);
    const next = [...row];
    for (let p = i % 2; p + 1 < bells; p += 2) [next[p], next[p + 1]] = [next[p + 1], next[p]];
    row = next;
  }
  return rows;
}

describe('ringing chamber', () => {
  let strike: Mock<[number, Stroke], Promise<void>>;
  let chamber: RingingChamber;

  beforeEach(() => {
    strike = vi.fn(async (_bell: number, _stroke: Stroke) => {});
    chamber = new RingingChamber(6, strike);
  });

  it('rejects impossible towers at construction', () => {
    expect(() => new RingingChamber(2, strike)).toThrow(/cannot hang/);
  });

  it('strikes every bell once per row, alternating strokes', async () => {
    await chamber.ringRow([1, 2, 3, 4, 5, 6]);
    await chamber.ringRow([2, 1, 4, 3, 6, 5]);
    expect(strike).toHaveBeenCalledTimes(12);
    expect(strike.mock.calls[0]).toEqual([1, 'hand']);
    expect(strike.mock.calls[6]).toEqual([2, 'back']);
  });

  it('notifies row listeners after the row is complete', async () => {
    const seen: string[] = [];
    const record = (row: number[]) => seen.push(row.join(''));
    chamber.onRow(record);
    for (const row of plainHuntRows(6).slice(0, 3)) await chamber.ringRow(row);
    expect(seen).toEqual(['123456', '214365', '241635']);
  });

  it('refuses a row that repeats a bell', async () => {
    await expect(chamber.ringRow([1, 1, 3, 4, 5, 6])).rejects.toThrow(/permutation/);
    expect(chamber.rows).toBe(0);
  });

  it('comes round after a full plain course', async () => {
    const rows = plainHuntRows(6);
    for (const row of rows) await chamber.ringRow(row);
    expect(chamber.rows).toBe(12);
    expect(rows[rows.length - 1]).toEqual([1, 3, 2, 5, 4, 6]);
  });
});
