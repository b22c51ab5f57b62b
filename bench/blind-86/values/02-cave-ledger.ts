// expect: none
// The cache deliberately stores promises: `??` picks the pending lookup or starts one, and the caller awaits whatever comes back, so no promise is used as a value.
export interface WheelLedger {
  wheelId: string;
  batch: string;
  milkLot: string;
  saltedAt: string;
  washes: Array<{ at: string; brine: number }>;
  currentWeightKg: number;
}

declare const ledgerApi: { get(wheelId: string): Promise<WheelLedger> };

const TTL_MS = 5 * 60_000;

interface Entry {
  promise: Promise<WheelLedger>;
  storedAt: number;
}

export class LedgerCache {
  #entries = new Map<string, Entry>();

  get(wheelId: string): Promise<WheelLedger> {
    const fresh = this.#fresh(wheelId);
    const promise = fresh?.promise ?? this.#load(wheelId);
    return promise;
  }

  #fresh(wheelId: string): Entry | undefined {
    const entry = this.#entries.get(wheelId);
    if (entry && Date.now() - entry.storedAt < TTL_MS) return entry;
    this.#entries.delete(wheelId);
    return undefined;
  }

  #load(wheelId: string): Promise<WheelLedger> {
    const promise = ledgerApi.get(wheelId);
    this.#entries.set(wheelId, { promise, storedAt: Date.now() });
    // A failed lookup must not be served from the cache for the next five minutes.
    promise.catch(() => {
      if (this.#entries.get(wheelId)?.promise === promise) this.#entries.delete(wheelId);
    });
    return promise;
  }

  invalidate(wheelId: string): void {
    this.#entries.delete(wheelId);
  }
}

const cache = new LedgerCache();

export async function weightLossPct(wheelId: string, initialKg: number): Promise<number> {
  const ledger = await cache.get(wheelId);
  return ((initialKg - ledger.currentWeightKg) / initialKg) * 100;
}

export async function shelfReport(wheelIds: string[]): Promise<string[]> {
  const ledgers = await Promise.all(wheelIds.map((id) => cache.get(id)));
  return ledgers.map((l) => {
    const lastWash = l.washes.at(-1);
    return `${l.wheelId} (${l.batch}): ${l.currentWeightKg.toFixed(2)} kg, last wash ${lastWash?.at ?? 'never'}`;
  });
}
