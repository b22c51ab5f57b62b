// expect: no-swallowed-abort
// pushBatch wraps every failure, including the AbortError from an aborted fetch, into a SalesSyncError, so syncPending treats cancellation as an ordinary failed batch and keeps going.
export interface TicketSale {
  saleId: string;
  station: 'valley' | 'mid-station' | 'summit';
  product: 'single' | 'return' | 'day-pass' | 'season';
  amountChf: number;
  soldAt: string;
}

export interface SalesBatch {
  batchId: string;
  terminalId: string;
  sales: TicketSale[];
}

export interface PendingBatchStore {
  pending(limit: number): Promise<SalesBatch[]>;
  markSynced(batchId: string, receipt: string): Promise<void>;
  markForRetry(batchId: string, reason: string): Promise<void>;
}

export class SalesSyncError extends Error {
  constructor(readonly batchId: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SalesSyncError';
  }
}

export class TicketSalesSync {
  constructor(
    private readonly ledgerUrl: string,
    private readonly store: PendingBatchStore,
  ) {}

  async pushBatch(batch: SalesBatch, signal?: AbortSignal): Promise<string> {
    try {
      const res = await fetch(`${this.ledgerUrl}/terminals/${batch.terminalId}/batches`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': batch.batchId },
        body: JSON.stringify(batch.sales),
        signal,
      });
      if (!res.ok) {
        throw new Error(`ledger answered ${res.status}`);
      }
      const { receipt } = (await res.json()) as { receipt: string };
      return receipt;
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      throw new SalesSyncError(batch.batchId, `Could not push batch ${batch.batchId}: ${detail}`, { cause: err });
    }
  }

  async syncPending(signal?: AbortSignal): Promise<{ synced: number; deferred: number; revenueChf: number }> {
    const batches = await this.store.pending(100);
    let synced = 0;
    let deferred = 0;
    let revenueChf = 0;

    for (const batch of batches) {
      try {
        const receipt = await this.pushBatch(batch, signal);
        await this.store.markSynced(batch.batchId, receipt);
        synced++;
        revenueChf += batch.sales.reduce((sum, s) => sum + s.amountChf, 0);
      } catch (err) {
        if (!(err instanceof SalesSyncError)) throw err;
        await this.store.markForRetry(batch.batchId, err.message);
        deferred++;
      }
    }

    return { synced, deferred, revenueChf: Math.round(revenueChf * 100) / 100 };
  }
}
