// expect: none
// Every assertion on the async tally methods awaits the promise first (or uses .resolves/.rejects), so the tests check real counts rather than promise objects.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface TallyRow {
  shearer: string;
  run: number;
  sheep: number;
  penOut: string;
}

interface TallyDb {
  rowsFor(shearer: string, date: string): Promise<TallyRow[]>;
}

class TallyBoard {
  constructor(
    private readonly db: TallyDb,
    private readonly date: string,
  ) {}

  async tallyFor(shearer: string): Promise<number> {
    const rows = await this.db.rowsFor(shearer, this.date);
    if (rows.length === 0) throw new Error(`no tally recorded for ${shearer} on ${this.date}`);
    return rows.reduce((sum, r) => sum + r.sheep, 0);
  }

  async isGunShearer(shearer: string, benchmark = 300): Promise<boolean> {
    return (await this.tallyFor(shearer)) >= benchmark;
  }

  async bestRun(shearer: string): Promise<TallyRow | undefined> {
    const rows = await this.db.rowsFor(shearer, this.date);
    return rows.reduce<TallyRow | undefined>((best, r) => (!best || r.sheep > best.sheep ? r : best), undefined);
  }
}

const rows: Record<string, TallyRow[]> = {
  Mere: [
    { shearer: 'Mere', run: 1, sheep: 78, penOut: 'A' },
    { shearer: 'Mere', run: 2, sheep: 84, penOut: 'A' },
    { shearer: 'Mere', run: 3, sheep: 80, penOut: 'B' },
    { shearer: 'Mere', run: 4, sheep: 79, penOut: 'B' },
  ],
  Jock: [
    { shearer: 'Jock', run: 1, sheep: 55, penOut: 'C' },
    { shearer: 'Jock', run: 2, sheep: 61, penOut: 'C' },
  ],
};

describe('TallyBoard', () => {
  let db: TallyDb;
  let board: TallyBoard;

  beforeEach(() => {
    db = { rowsFor: vi.fn(async (shearer: string) => rows[shearer] ?? []) };
    board = new TallyBoard(db, '2025-11-03');
  });

  afterEach(() => {
    vi.clearAllMocks();
  });

  it('sums every run for a shearer', async () => {
    expect(await board.tallyFor('Mere')).toBe(321);
    expect(db.rowsFor).toHaveBeenCalledWith('Mere', '2025-11-03');
  });

  it('recognises a gun shearer', async () => {
    expect(await board.isGunShearer('Mere')).toBe(true);
    await expect(board.isGunShearer('Jock')).resolves.toBe(false);
  });

  it('finds the best run', async () => {
    const best = await board.bestRun('Mere');
    expect(best).toMatchObject({ run: 2, sheep: 84 });
  });

  it('rejects for a shearer with no tally', async () => {
    await expect(board.tallyFor('Dave')).rejects.toThrow('no tally recorded for Dave');
  });
});
