// expect: no-floating-promises
// The afterEach hook calls the async workshop.close() inside a block body without returning or awaiting it, so its promise is dropped.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Locomotive {
  id: string;
  maker: 'Hornby' | 'Märklin' | 'Lionel' | 'Bassett-Lowke';
  gauge: 'OO' | 'HO' | 'O';
  condition: 'rusted' | 'worn' | 'running';
}

interface PartsSupplier {
  reserveMotor(gauge: Locomotive['gauge']): Promise<string>;
  releaseAll(): Promise<void>;
}

class RestorationWorkshop {
  private readonly queue = new Map<string, { loco: Locomotive; motorRef?: string }>();
  private closed = false;

  constructor(private readonly supplier: PartsSupplier) {}

  async register(loco: Locomotive): Promise<number> {
    if (this.closed) throw new Error('workshop closed');
    if (this.queue.has(loco.id)) throw new Error(`${loco.id} already registered`);
    const entry: { loco: Locomotive; motorRef?: string } = { loco };
    if (loco.condition === 'rusted') {
      entry.motorRef = await this.supplier.reserveMotor(loco.gauge);
    }
    this.queue.set(loco.id, entry);
    return this.queue.size;
  }

  motorFor(locoId: string): string | undefined {
    return this.queue.get(locoId)?.motorRef;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.queue.clear();
    await this.supplier.releaseAll();
  }
}

describe('RestorationWorkshop', () => {
  let supplier: { reserveMotor: ReturnType<typeof vi.fn>; releaseAll: ReturnType<typeof vi.fn> };
  let workshop: RestorationWorkshop;

  beforeEach(() => {
    supplier = {
      reserveMotor: vi.fn(async (gauge: string) => `motor-${gauge}-001`),
      releaseAll: vi.fn(async () => undefined),
    };
    workshop = new RestorationWorkshop(supplier as unknown as PartsSupplier);
  });

  afterEach(() => {
    vi.restoreAllMocks();
    workshop.close();
  });

  it('reserves a replacement motor for rusted locomotives', async () => {
    await workshop.register({ id: 'flying-scot', maker: 'Hornby', gauge: 'OO', condition: 'rusted' });
    expect(supplier.reserveMotor).toHaveBeenCalledWith('OO');
    expect(workshop.motorFor('flying-scot')).toBe('motor-OO-001');
  });

  it('does not reserve a motor for running locomotives', async () => {
    const size = await workshop.register({ id: 'ce-6-8', maker: 'Märklin', gauge: 'HO', condition: 'running' });
    expect(size).toBe(1);
    expect(supplier.reserveMotor).not.toHaveBeenCalled();
  });

  it('refuses duplicate registrations', async () => {
    const loco: Locomotive = { id: 'gs-4', maker: 'Lionel', gauge: 'O', condition: 'worn' };
    await workshop.register(loco);
    await expect(workshop.register(loco)).rejects.toThrow('gs-4 already registered');
  });

  it('refuses work after closing', async () => {
    await workshop.close();
    expect(supplier.releaseAll).toHaveBeenCalledTimes(1);
    await expect(
      workshop.register({ id: 'mogul', maker: 'Bassett-Lowke', gauge: 'O', condition: 'worn' }),
    ).rejects.toThrow('workshop closed');
  });
});
