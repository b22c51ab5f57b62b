// expect: no-multiple-settle
// findEntrant's callback returns without settling when the query yields no rows, so looking up an unknown knight hangs forever.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface EntrantRow {
  knight: string;
  house: string;
  lanceWeightKg: number;
  seed: number;
}

interface ListStore {
  query(sql: string, params: unknown[], cb: (err: Error | null, rows: EntrantRow[]) => void): void;
}

class TournamentList {
  constructor(
    private readonly store: ListStore,
    private readonly warn: (msg: string) => void = () => {},
  ) {}

  findEntrant(knight: string): Promise<EntrantRow> {
    return new Promise<EntrantRow>((resolve, reject) => {
      this.store.query('SELECT * FROM entrants WHERE knight = ?', [knight], (err, rows) => {
        if (err) {
          reject(err);
          return;
        }
        if (rows.length === 0) {
          this.warn(`no entrant named ${knight} on the list`);
          return;
        }
        if (rows.length > 1) {
          reject(new Error(`knight ${knight} is entered ${rows.length} times`));
          return;
        }
        resolve(rows[0]);
      });
    });
  }

  async seedOf(knight: string): Promise<number> {
    const row = await this.findEntrant(knight);
    return row.seed;
  }
}

const percival: EntrantRow = { knight: 'Percival', house: 'Gales', lanceWeightKg: 7.5, seed: 2 };

describe('TournamentList', () => {
  let rows: EntrantRow[];
  let failure: Error | null;
  let store: ListStore;
  let warn: ReturnType<typeof vi.fn<(msg: string) => void>>;

  beforeEach(() => {
    rows = [percival];
    failure = null;
    store = {
      query: vi.fn((_sql: string, _params: unknown[], cb: (err: Error | null, rows: EntrantRow[]) => void) => {
        setImmediate(() => cb(failure, failure ? [] : rows));
      }),
    };
    warn = vi.fn<(msg: string) => void>();
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('resolves the single matching entrant', async () => {
    const list = new TournamentList(store, warn);
    await expect(list.findEntrant('Percival')).resolves.toEqual(percival);
    expect(store.query).toHaveBeenCalledWith(expect.stringContaining('FROM entrants'), ['Percival'], expect.any(Function));
  });

  it('rejects when the store fails', async () => {
    failure = new Error('list ledger locked');
    const list = new TournamentList(store, warn);
    await expect(list.findEntrant('Percival')).rejects.toThrow('list ledger locked');
  });

  it('rejects duplicate entries', async () => {
    rows = [percival, { ...percival, seed: 5 }];
    const list = new TournamentList(store, warn);
    await expect(list.findEntrant('Percival')).rejects.toThrow(/entered 2 times/);
  });

  it('exposes the seed', async () => {
    const list = new TournamentList(store, warn);
    expect(await list.seedOf('Percival')).toBe(2);
    expect(warn).not.toHaveBeenCalled();
  });
});
