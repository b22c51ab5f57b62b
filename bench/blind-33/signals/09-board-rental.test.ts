// expect: none
// The rental desk forwards the caller's signal to both lookups, the fakes observe it through timers/promises, and the tests assert the AbortError reaches the caller.
import { setTimeout as delay } from 'node:timers/promises';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => unknown) => void;
declare const beforeEach: (fn: () => unknown) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void>; toMatchObject(expected: object): Promise<void> };
};

interface Board {
  id: string;
  sku: string;
  lengthFt: number;
  condition: 'good' | 'worn' | 'damaged';
}

interface RentalDeps {
  lookup(sku: string, opts: { signal: AbortSignal }): Promise<Board>;
  hold(boardId: string, customerId: string, opts: { signal: AbortSignal }): Promise<string>;
}

function createRentalDesk(deps: RentalDeps) {
  return {
    async reserve(sku: string, customerId: string, opts: { signal: AbortSignal }): Promise<{ board: Board; holdId: string }> {
      opts.signal.throwIfAborted();
      const board = await deps.lookup(sku, opts);
      if (board.condition === 'damaged') {
        throw new Error(`Board ${board.id} is out for repair`);
      }
      const holdId = await deps.hold(board.id, customerId, { signal: opts.signal });
      return { board, holdId };
    },
  };
}

function fakeDeps(lookupMs: number, holdMs: number, holds: string[]): RentalDeps {
  return {
    async lookup(sku, { signal }) {
      await delay(lookupMs, undefined, { signal });
      return { id: `${sku}-01`, sku, lengthFt: 8, condition: sku.startsWith('X') ? 'damaged' : 'good' };
    },
    async hold(boardId, customerId, { signal }) {
      await delay(holdMs, undefined, { signal });
      holds.push(`${boardId}:${customerId}`);
      return `hold-${holds.length}`;
    },
  };
}

describe('surf board rental desk', () => {
  let holds: string[];

  beforeEach(() => {
    holds = [];
  });

  it('reserves a foam board for a lesson', async () => {
    const desk = createRentalDesk(fakeDeps(5, 5, holds));
    const { board, holdId } = await desk.reserve('FOAM8', 'cust-17', { signal: new AbortController().signal });
    expect(board.lengthFt).toBe(8);
    expect(holdId).toBe('hold-1');
    expect(holds).toEqual(['FOAM8-01:cust-17']);
  });

  it('rejects with AbortError when the customer walks away mid-lookup', async () => {
    const desk = createRentalDesk(fakeDeps(200, 5, holds));
    const controller = new AbortController();
    const pending = desk.reserve('FOAM8', 'cust-18', { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(holds).toEqual([]);
  });

  it('does not place a hold once cancelled during the hold step', async () => {
    const desk = createRentalDesk(fakeDeps(1, 500, holds));
    const signal = AbortSignal.timeout(50);
    await expect(desk.reserve('SOFT9', 'cust-19', { signal })).rejects.toMatchObject({
      name: 'AbortError',
      cause: { name: 'TimeoutError' },
    });
    expect(holds).toEqual([]);
  });

  it('refuses an already-cancelled request without calling the shop', async () => {
    const desk = createRentalDesk(fakeDeps(1, 1, holds));
    await expect(desk.reserve('FOAM8', 'cust-20', { signal: AbortSignal.abort() })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });

  it('reports damaged boards as a normal error', async () => {
    const desk = createRentalDesk(fakeDeps(1, 1, holds));
    await expect(desk.reserve('X-REPAIR', 'cust-21', { signal: new AbortController().signal })).rejects.toThrow(
      /out for repair/,
    );
  });
});
