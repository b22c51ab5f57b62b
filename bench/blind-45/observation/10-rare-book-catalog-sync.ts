// expect: none
// The background refreshes are deliberately not awaited, but each one ends in .catch(...) that logs, so no rejection is left unhandled.
export interface CatalogueEntry {
  lotId: string;
  saleId: string;
  author: string;
  title: string;
  year?: number;
  estimateLowCents: number;
  estimateHighCents: number;
  provenance: string[];
}

declare const cataloguingDb: {
  changedSince(saleId: string, sinceMs: number): Promise<CatalogueEntry[]>;
};

declare const searchIndex: {
  upsert(entries: CatalogueEntry[]): Promise<void>;
  remove(lotIds: string[]): Promise<void>;
};

declare const auditLog: {
  error(message: string, err: unknown): void;
  info(message: string, fields?: Record<string, unknown>): void;
};

function normaliseAuthor(author: string): string {
  // "Austen, Jane" and "Jane Austen" should sort together in the room catalogue.
  const trimmed = author.trim().replace(/\s+/g, ' ');
  if (trimmed.includes(',')) return trimmed;
  const parts = trimmed.split(' ');
  if (parts.length < 2) return trimmed;
  const surname = parts.pop() as string;
  return `${surname}, ${parts.join(' ')}`;
}

export class CatalogueSync {
  private lastSyncMs = 0;
  private timer?: NodeJS.Timeout;
  private running = false;

  constructor(private readonly saleId: string) {}

  start(intervalMs = 120_000): void {
    this.timer = setInterval(() => {
      this.syncOnce().catch((err) => auditLog.error(`catalogue sync failed for ${this.saleId}`, err));
    }, intervalMs);
    // Kick off immediately so the saleroom screens are not empty for two minutes.
    void this.syncOnce().catch((err) => auditLog.error(`initial catalogue sync failed for ${this.saleId}`, err));
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  withdrawLots(lotIds: string[]): void {
    searchIndex
      .remove(lotIds)
      .then(() => auditLog.info('lots withdrawn from index', { saleId: this.saleId, lotIds }))
      .catch((err) => auditLog.error('failed to withdraw lots from index', err));
  }

  async syncOnce(): Promise<number> {
    if (this.running) return 0;
    this.running = true;
    try {
      const startedAt = Date.now();
      const changed = await cataloguingDb.changedSince(this.saleId, this.lastSyncMs);
      if (changed.length === 0) return 0;

      const cleaned = changed.map((entry) => ({
        ...entry,
        author: normaliseAuthor(entry.author),
        provenance: entry.provenance.filter((p) => p.trim().length > 0),
      }));
      await searchIndex.upsert(cleaned);
      this.lastSyncMs = startedAt;
      return cleaned.length;
    } finally {
      this.running = false;
    }
  }
}
