// expect: no-uncalled-async-function
// shutdown() awaits this.flushPendingCuts (the method itself) instead of calling it, so buffered cut records are silently dropped on close.
interface CutRecord {
  bogId: string;
  sodCount: number;
  depthCm: number;
  cutter: string;
  cutAt: Date;
}

declare const turbaryDb: {
  insertCuts(rows: CutRecord[]): Promise<number>;
  close(): Promise<void>;
};

declare const permits: {
  remainingSods(bogId: string, cutter: string): Promise<number>;
};

export class PermitExceededError extends Error {
  constructor(readonly bogId: string, readonly cutter: string) {
    super(`${cutter} has no sods left on the permit for bog ${bogId}`);
    this.name = 'PermitExceededError';
  }
}

export class PeatCutLedger {
  private buffer: CutRecord[] = [];
  private accepting = true;
  private readonly flushTimer: NodeJS.Timeout;
  private flushing: Promise<void> = Promise.resolve();

  constructor(private readonly maxBuffered = 200, flushEveryMs = 30_000) {
    this.flushTimer = setInterval(() => {
      this.flushing = this.flushing.then(() => this.flushPendingCuts()).catch((err: unknown) => {
        console.error('periodic peat ledger flush failed', err);
      });
    }, flushEveryMs);
    this.flushTimer.unref();
  }

  async record(cut: Omit<CutRecord, 'cutAt'>): Promise<void> {
    if (!this.accepting) throw new Error('peat ledger is shutting down');
    const remaining = await permits.remainingSods(cut.bogId, cut.cutter);
    if (remaining < cut.sodCount) throw new PermitExceededError(cut.bogId, cut.cutter);

    this.buffer.push({ ...cut, cutAt: new Date() });
    if (this.buffer.length >= this.maxBuffered) {
      await this.flushPendingCuts();
    }
  }

  async flushPendingCuts(): Promise<void> {
    if (this.buffer.length === 0) return;
    const batch = this.buffer;
    this.buffer = [];
    try {
      await turbaryDb.insertCuts(batch);
    } catch (err) {
      this.buffer = batch.concat(this.buffer);
      throw err;
    }
  }

  pendingCount(): number {
    return this.buffer.length;
  }

  async shutdown(): Promise<void> {
    this.accepting = false;
    clearInterval(this.flushTimer);
    await this.flushing;
    await this.flushPendingCuts;
    await turbaryDb.close();
  }
}

export function sodsByCutter(rows: readonly CutRecord[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const row of rows) totals.set(row.cutter, (totals.get(row.cutter) ?? 0) + row.sodCount);
  return totals;
}
