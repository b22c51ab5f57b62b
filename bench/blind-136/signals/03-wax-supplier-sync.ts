// expect: none
// The catch block rethrows AbortError untouched and only wraps other failures, preserving the original error as the cause.
export interface WaxLot {
  lotId: string;
  apiary: string;
  meltPointC: number;
  colour: 'white' | 'yellow' | 'amber';
  certifiedOrganic: boolean;
}

export interface LotStore {
  upsert(lots: WaxLot[]): Promise<number>;
  lastSyncCursor(): Promise<string | null>;
  saveCursor(cursor: string): Promise<void>;
}

export class SupplierSyncError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SupplierSyncError';
  }
}

function isAbort(err: unknown): boolean {
  return err instanceof Error && err.name === 'AbortError';
}

export class BeeswaxSupplierSync {
  constructor(
    private readonly feedUrl: string,
    private readonly store: LotStore,
  ) {}

  async sync(signal: AbortSignal): Promise<number> {
    const cursor = await this.store.lastSyncCursor();
    const url = new URL(this.feedUrl);
    if (cursor) url.searchParams.set('after', cursor);

    let page: { lots: WaxLot[]; next: string | null };
    try {
      const res = await fetch(url, { signal, headers: { accept: 'application/json' } });
      if (!res.ok) throw new Error(`feed answered ${res.status}`);
      page = (await res.json()) as { lots: WaxLot[]; next: string | null };
    } catch (err) {
      if (isAbort(err)) throw err;
      throw new SupplierSyncError(`could not read wax lot feed ${url.host}`, { cause: err });
    }

    const usable = page.lots.filter((l) => l.meltPointC >= 61 && l.meltPointC <= 66);
    const written = usable.length > 0 ? await this.store.upsert(usable) : 0;
    if (page.next) await this.store.saveCursor(page.next);
    return written;
  }

  static blendMeltPoint(lots: WaxLot[], grams: number[]): number {
    const total = grams.reduce((a, b) => a + b, 0);
    if (total === 0) return 0;
    return lots.reduce((acc, lot, i) => acc + lot.meltPointC * (grams[i] ?? 0), 0) / total;
  }
}
