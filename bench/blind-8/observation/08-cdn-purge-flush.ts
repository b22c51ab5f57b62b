// expect: no-unchecked-settled-results
// Purges are fanned out to every edge region with allSettled, but only fulfilled receipts are kept and the pending record is then marked complete, so a region whose purge rejected keeps serving stale content and its error is never logged or retried.
type Region = 'us-east' | 'eu-central' | 'ap-south' | 'sa-east';

interface PurgeReceipt {
  region: Region;
  purgeId: string;
  estimatedSeconds: number;
}

interface PendingPurge {
  id: string;
  paths: string[];
  requestedBy: string;
  requestedAt: Date;
}

declare const cdn: {
  purge(region: Region, paths: string[], opts?: { soft?: boolean; signal?: AbortSignal }): Promise<PurgeReceipt>;
};
declare const db: {
  pendingPurges: {
    take(limit: number): Promise<PendingPurge[]>;
    complete(id: string, receipts: PurgeReceipt[]): Promise<void>;
  };
};
declare const metrics: {
  histogram(name: string, value: number, tags?: Record<string, string>): void;
  increment(name: string, tags?: Record<string, string>): void;
};

const REGIONS: readonly Region[] = ['us-east', 'eu-central', 'ap-south', 'sa-east'];

function normalizePaths(paths: string[]): string[] {
  const unique = new Set(paths.map((p) => (p.startsWith('/') ? p : `/${p}`).replace(/\/{2,}/g, '/')));
  return [...unique].sort();
}

export async function flushPendingPurges(batchSize = 25): Promise<number> {
  const batch = await db.pendingPurges.take(batchSize);
  let flushed = 0;

  for (const item of batch) {
    const paths = normalizePaths(item.paths);
    if (paths.length === 0) {
      await db.pendingPurges.complete(item.id, []);
      continue;
    }

    const settled = await Promise.allSettled(REGIONS.map((region) => cdn.purge(region, paths, { soft: true })));
    const receipts = settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));

    const eta = Math.max(0, ...receipts.map((r) => r.estimatedSeconds));
    metrics.histogram('cdn.purge.eta_seconds', eta, { requestedBy: item.requestedBy });
    metrics.histogram('cdn.purge.lag_ms', Date.now() - item.requestedAt.getTime());

    await db.pendingPurges.complete(item.id, receipts);
    metrics.increment('cdn.purge.flushed');
    flushed++;
  }
  return flushed;
}
