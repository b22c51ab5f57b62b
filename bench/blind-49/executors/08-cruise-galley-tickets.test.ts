// expect: none
// The test helper's executor resolves on the matching 'plated' event, rejects on 'error' or timeout, and removes listeners and the timer in every path.
import { EventEmitter } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const afterEach: (fn: () => void | Promise<void>) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(n: number): void;
  rejects: { toThrow(match?: string | RegExp): Promise<void> };
};

interface GalleyTicket {
  id: string;
  station: 'grill' | 'pastry' | 'cold' | 'sauce';
  covers: number;
  firedAt: number;
}

class GalleyBoard extends EventEmitter {
  private readonly open = new Map<string, GalleyTicket>();

  fire(ticket: GalleyTicket): void {
    this.open.set(ticket.id, ticket);
    this.emit('fired', ticket);
  }

  plate(id: string): void {
    const ticket = this.open.get(id);
    if (!ticket) {
      this.emit('error', new Error(`unknown ticket ${id}`));
      return;
    }
    this.open.delete(id);
    this.emit('plated', { ...ticket, platedAt: Date.now() });
  }

  get backlog(): number {
    return this.open.size;
  }
}

function waitForPlated(board: GalleyBoard, id: string, timeoutMs = 500): Promise<GalleyTicket & { platedAt: number }> {
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      board.off('plated', onPlated);
      board.off('error', onError);
    };
    const onPlated = (ticket: GalleyTicket & { platedAt: number }) => {
      if (ticket.id !== id) return;
      done();
      resolve(ticket);
    };
    const onError = (err: Error) => {
      done();
      reject(err);
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`ticket ${id} was not plated within ${timeoutMs} ms`));
    }, timeoutMs);
    board.on('plated', onPlated);
    board.on('error', onError);
  });
}

describe('galley ticket board', () => {
  let board: GalleyBoard;

  beforeEach(() => {
    board = new GalleyBoard();
  });

  afterEach(() => {
    expect(board.listenerCount('plated')).toBe(0);
    expect(board.listenerCount('error')).toBe(0);
  });

  it('reports a plated ticket with its plating time', async () => {
    board.fire({ id: 'T-12', station: 'grill', covers: 4, firedAt: Date.now() });
    const plated = waitForPlated(board, 'T-12');
    board.plate('T-12');
    const ticket = await plated;
    expect(ticket.covers).toBe(4);
    expect(ticket.platedAt).toBeGreaterThan(0);
    expect(board.backlog).toBe(0);
  });

  it('ignores other stations plating first', async () => {
    board.fire({ id: 'T-1', station: 'cold', covers: 2, firedAt: Date.now() });
    board.fire({ id: 'T-2', station: 'pastry', covers: 6, firedAt: Date.now() });
    const plated = waitForPlated(board, 'T-2');
    board.plate('T-1');
    board.plate('T-2');
    expect((await plated).station).toBe('pastry');
  });

  it('fails when the pass reports an unknown ticket', async () => {
    const plated = waitForPlated(board, 'T-99');
    board.plate('T-99');
    await expect(plated).rejects.toThrow(/unknown ticket T-99/);
  });

  it('times out when nothing is plated', async () => {
    board.fire({ id: 'T-5', station: 'sauce', covers: 1, firedAt: Date.now() });
    await expect(waitForPlated(board, 'T-5', 20)).rejects.toThrow(/not plated within 20 ms/);
  });
});
