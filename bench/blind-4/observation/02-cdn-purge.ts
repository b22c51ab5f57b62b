// expect: none
// Every allSettled result is inspected: rejected purges are logged with their reason, queued for a later retry, and if every provider failed the caller gets an AggregateError.
declare const providers: Array<{
  name: string;
  purge(paths: string[], opts: { signal?: AbortSignal }): Promise<{ purgeId: string; estimatedSeconds: number }>;
}>;

declare const retryQueue: {
  enqueue(job: { kind: 'cdn-purge'; provider: string; paths: string[]; notBefore: number }): Promise<void>;
};

declare const log: {
  info(msg: string, meta?: object): void;
  error(msg: string, meta?: object): void;
};

export interface PurgeSummary {
  purged: Array<{ provider: string; purgeId: string }>;
  deferred: string[];
}

export async function purgeEverywhere(paths: string[], signal?: AbortSignal): Promise<PurgeSummary> {
  const results = await Promise.allSettled(providers.map((p) => p.purge(paths, { signal })));
  signal?.throwIfAborted();

  const summary: PurgeSummary = { purged: [], deferred: [] };
  const failures: unknown[] = [];

  for (const [i, result] of results.entries()) {
    const provider = providers[i].name;
    if (result.status === 'fulfilled') {
      summary.purged.push({ provider, purgeId: result.value.purgeId });
      log.info('cdn purge accepted', { provider, eta: result.value.estimatedSeconds });
      continue;
    }
    failures.push(result.reason);
    summary.deferred.push(provider);
    log.error('cdn purge failed, scheduling retry', { provider, reason: String(result.reason) });
    await retryQueue.enqueue({ kind: 'cdn-purge', provider, paths, notBefore: Date.now() + 60_000 });
  }

  if (summary.purged.length === 0 && failures.length > 0) {
    throw new AggregateError(failures, `all ${failures.length} CDN purges failed for ${paths.length} path(s)`);
  }
  return summary;
}
