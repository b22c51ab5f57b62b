// expect: none
// Promises reach expect() only through .resolves/.rejects, and the event-driven value is read after awaiting the promise its listener resolves.
import { EventEmitter } from 'node:events';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => void | Promise<unknown>): void;
declare function beforeEach(fn: () => void): void;
interface Matchers {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveLength(length: number): void;
}
interface AsyncMatchers {
  toBe(expected: unknown): Promise<void>;
  toEqual(expected: unknown): Promise<void>;
  toThrow(expected?: string | RegExp): Promise<void>;
}
declare function expect(actual: unknown): Matchers & { resolves: AsyncMatchers; rejects: AsyncMatchers };

interface Cart {
  id: string;
  kind: 'song' | 'jingle' | 'ad' | 'news';
  durationMs: number;
}

class PlayoutQueue extends EventEmitter {
  private readonly carts: Cart[] = [];
  onAir: Cart | null = null;

  constructor(private readonly library: (id: string) => Promise<Cart | undefined>) {
    super();
  }

  async enqueue(id: string): Promise<number> {
    const cart = await this.library(id);
    if (!cart) throw new Error(`cart ${id} not in library`);
    this.carts.push(cart);
    return this.carts.length;
  }

  async next(): Promise<Cart | undefined> {
    return this.carts[0];
  }

  advance(): void {
    const cart = this.carts.shift() ?? null;
    this.onAir = cart;
    // fire asynchronously, the way the real audio engine reports start-of-playback
    setImmediate(() => this.emit(cart ? 'started' : 'dead-air', cart?.id));
  }
}

const library: Record<string, Cart> = {
  'ID-001': { id: 'ID-001', kind: 'jingle', durationMs: 4_000 },
  'SNG-42': { id: 'SNG-42', kind: 'song', durationMs: 212_000 },
  'AD-7': { id: 'AD-7', kind: 'ad', durationMs: 30_000 },
};

describe('PlayoutQueue', () => {
  let queue: PlayoutQueue;

  beforeEach(() => {
    queue = new PlayoutQueue(async (id) => library[id]);
  });

  it('queues carts in order', async () => {
    await queue.enqueue('ID-001');
    await queue.enqueue('SNG-42');
    await expect(queue.next()).resolves.toEqual(library['ID-001']);
  });

  it('rejects carts missing from the library', async () => {
    await expect(queue.enqueue('SNG-999')).rejects.toThrow(/not in library/);
  });

  it('reports queue length after enqueuing', () => {
    return queue.enqueue('AD-7').then((length) => {
      expect(length).toBe(1);
    });
  });

  it('announces the cart that went on air', async () => {
    await queue.enqueue('ID-001');
    let startedId: string | undefined;
    const started = new Promise<void>((resolve) => {
      queue.once('started', (id: string) => {
        startedId = id;
        resolve();
      });
    });
    queue.advance();
    await started;
    expect(startedId).toBe('ID-001');
    expect(queue.onAir?.kind).toBe('jingle');
  });

  it('signals dead air when the queue runs dry', async () => {
    const deadAir = new Promise<boolean>((resolve) => queue.once('dead-air', () => resolve(true)));
    queue.advance();
    await expect(deadAir).resolves.toBe(true);
    expect(queue.onAir).toBe(null);
  });
});
