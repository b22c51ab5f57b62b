// expect: no-promise-as-value
// One assertion passes the un-awaited isReserveMet() promise to toBeTruthy, which always passes because a Promise object is truthy.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface ReserveStore {
  get(lotId: string): Promise<number | undefined>;
  set(lotId: string, pence: number): Promise<void>;
}

class MemoryReserveStore implements ReserveStore {
  private readonly data = new Map<string, number>();
  async get(lotId: string): Promise<number | undefined> {
    return this.data.get(lotId);
  }
  async set(lotId: string, pence: number): Promise<void> {
    this.data.set(lotId, pence);
  }
}

class ReserveBook {
  constructor(
    private readonly store: ReserveStore,
    private readonly audit: (entry: string) => void,
  ) {}

  async setReserve(lotId: string, pence: number): Promise<void> {
    if (!Number.isInteger(pence) || pence <= 0) throw new RangeError(`invalid reserve ${pence}`);
    await this.store.set(lotId, pence);
    this.audit(`reserve ${lotId}=${pence}`);
  }

  async isReserveMet(lotId: string, hammerPence: number): Promise<boolean> {
    const reserve = await this.store.get(lotId);
    if (reserve === undefined) return true;
    return hammerPence >= reserve;
  }
}

describe('ReserveBook', () => {
  let store: MemoryReserveStore;
  let audit: ReturnType<typeof vi.fn<(entry: string) => void>>;
  let book: ReserveBook;

  beforeEach(() => {
    store = new MemoryReserveStore();
    audit = vi.fn<(entry: string) => void>();
    book = new ReserveBook(store, audit);
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('treats lots without a reserve as met', async () => {
    expect(await book.isReserveMet('lot-3', 1)).toBe(true);
  });

  it('accepts hammer prices at or above the reserve', async () => {
    await book.setReserve('lot-12', 400_000);
    expect(book.isReserveMet('lot-12', 400_000)).toBeTruthy();
    expect(await book.isReserveMet('lot-12', 450_000)).toBe(true);
  });

  it('rejects hammer prices below the reserve', async () => {
    await book.setReserve('lot-12', 400_000);
    expect(await book.isReserveMet('lot-12', 399_999)).toBe(false);
  });

  it('audits every reserve change', async () => {
    await book.setReserve('lot-7', 120_000);
    await book.setReserve('lot-7', 110_000);
    expect(audit).toHaveBeenCalledTimes(2);
    expect(audit).toHaveBeenLastCalledWith('reserve lot-7=110000');
  });

  it('refuses nonsensical reserves', async () => {
    await expect(book.setReserve('lot-1', -5)).rejects.toThrow(RangeError);
  });
});
