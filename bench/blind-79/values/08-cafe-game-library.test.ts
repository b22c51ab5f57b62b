// expect: no-read-before-settle
// Bug: the 'returned' listener sets returnedTitle, but the library emits it via setImmediate, so the expect right after checkIn() reads the variable before the event has fired.
import { EventEmitter, once } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toThrow(msg?: string | RegExp): void;
};

interface GameCopy {
  copyId: string;
  title: string;
  pieces: number;
  lentTo: number | null;
}

class GameLibrary extends EventEmitter {
  private readonly copies = new Map<string, GameCopy>();

  add(copy: Omit<GameCopy, 'lentTo'>): void {
    this.copies.set(copy.copyId, { ...copy, lentTo: null });
  }

  lend(copyId: string, table: number): GameCopy {
    const copy = this.copies.get(copyId);
    if (!copy) throw new Error(`unknown copy ${copyId}`);
    if (copy.lentTo !== null) throw new Error(`${copy.title} is already at table ${copy.lentTo}`);
    copy.lentTo = table;
    return copy;
  }

  checkIn(copyId: string, piecesCounted: number): void {
    const copy = this.copies.get(copyId);
    if (!copy || copy.lentTo === null) throw new Error(`${copyId} is not out`);
    const table = copy.lentTo;
    copy.lentTo = null;
    setImmediate(() => {
      if (piecesCounted < copy.pieces) {
        this.emit('missing-pieces', copy.title, table, copy.pieces - piecesCounted);
      }
      this.emit('returned', copy.title, table);
    });
  }

  available(): string[] {
    return [...this.copies.values()].filter((c) => c.lentTo === null).map((c) => c.title).sort();
  }
}

describe('cafe game library', () => {
  let library: GameLibrary;

  beforeEach(() => {
    library = new GameLibrary();
    library.add({ copyId: 'wing-1', title: 'Wingspan', pieces: 418 });
    library.add({ copyId: 'azul-1', title: 'Azul', pieces: 132 });
    library.add({ copyId: 'catan-2', title: 'Catan', pieces: 174 });
  });

  it('removes a lent game from the shelf', () => {
    library.lend('azul-1', 6);
    expect(library.available()).toEqual(['Catan', 'Wingspan']);
  });

  it('refuses to lend a copy that is already out', () => {
    library.lend('catan-2', 2);
    expect(() => library.lend('catan-2', 3)).toThrow(/already at table 2/);
  });

  it('announces the return of a game with its table', () => {
    let returnedTitle: string | undefined;
    let fromTable: number | undefined;
    library.on('returned', (title: string, table: number) => {
      returnedTitle = title;
      fromTable = table;
    });

    library.lend('wing-1', 4);
    library.checkIn('wing-1', 418);

    expect(returnedTitle).toBe('Wingspan');
    expect(fromTable).toBe(4);
    expect(library.available()).toEqual(['Azul', 'Catan', 'Wingspan']);
  });

  it('flags missing pieces on check-in', async () => {
    const missing = once(library, 'missing-pieces');
    library.lend('catan-2', 9);
    library.checkIn('catan-2', 170);
    expect(await missing).toEqual(['Catan', 9, 4]);
  });
});
