// expect: no-swallowed-abort
// syncVault wraps every failure, including the AbortError from a cancelled sync, in a generic InventorySyncError, so the scheduler's `name === 'AbortError'` check never matches and an operator cancelling a sync gets a failure alert instead of a quiet stop.
export interface LotRecord {
  accession: string;
  seeds: number;
  moisturePct: number;
  updatedAt: string;
}

export class InventorySyncError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'InventorySyncError';
  }
}

interface LocalLedger {
  upsert(records: LotRecord[]): Promise<number>;
  lastSyncedAt(vault: string): Promise<string | null>;
}

export interface SyncRequest {
  vault: string;
  signal: AbortSignal;
}

export class InventorySyncClient {
  constructor(
    private readonly apiBase: string,
    private readonly ledger: LocalLedger,
  ) {}

  private async fetchChanged(vault: string, since: string | null, signal: AbortSignal): Promise<LotRecord[]> {
    const url = new URL(`/vaults/${vault}/lots`, this.apiBase);
    if (since) url.searchParams.set('changedSince', since);
    const res = await fetch(url, { signal });
    if (!res.ok) throw new Error(`inventory API HTTP ${res.status}`);
    return (await res.json()) as LotRecord[];
  }

  async syncVault(req: SyncRequest): Promise<number> {
    try {
      const since = await this.ledger.lastSyncedAt(req.vault);
      const changed = await this.fetchChanged(req.vault, since, req.signal);
      if (changed.length === 0) return 0;
      return await this.ledger.upsert(changed);
    } catch (err) {
      throw new InventorySyncError(`sync of vault ${req.vault} failed`, { cause: err });
    }
  }
}

export async function scheduledSync(
  client: InventorySyncClient,
  vault: string,
  signal: AbortSignal,
  alert: (msg: string) => void,
): Promise<number | null> {
  try {
    return await client.syncVault({ vault, signal });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    alert(`inventory sync failed for ${vault}: ${(err as Error).message}`);
    return null;
  }
}
