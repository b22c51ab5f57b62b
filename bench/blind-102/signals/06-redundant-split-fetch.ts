// expect: none
// The race between primary and backup timing servers and the deadline cleans up after itself: the losing request is aborted through the shared controller, the deadline timer is cleared and the parent-abort listener is removed in finally, and a caller's abort is rethrown as its own reason rather than the AggregateError from Promise.any.
export interface Split {
  bib: number;
  checkpoint: string;
  elapsedMs: number;
}

export interface SplitQuery {
  bib: number;
  checkpoint: string;
  deadlineMs: number;
  signal?: AbortSignal;
}

async function requestSplit(baseUrl: string, query: SplitQuery, signal: AbortSignal): Promise<Split> {
  const res = await fetch(`${baseUrl}/splits/${query.bib}/${encodeURIComponent(query.checkpoint)}`, { signal });
  if (!res.ok) throw new Error(`${baseUrl} answered HTTP ${res.status}`);
  return (await res.json()) as Split;
}

export class RedundantSplitClient {
  constructor(
    private readonly primaryUrl: string,
    private readonly backupUrl: string,
  ) {}

  async fetchSplit(query: SplitQuery): Promise<Split> {
    query.signal?.throwIfAborted();
    const controller = new AbortController();
    const onParentAbort = () => controller.abort(query.signal?.reason);
    query.signal?.addEventListener('abort', onParentAbort, { once: true });

    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(new Error(`no split for bib ${query.bib} within ${query.deadlineMs}ms`));
      }, query.deadlineMs);
    });

    try {
      return await Promise.race([
        Promise.any([
          requestSplit(this.primaryUrl, query, controller.signal),
          requestSplit(this.backupUrl, query, controller.signal),
        ]),
        deadline,
      ]);
    } catch (err) {
      query.signal?.throwIfAborted();
      throw err;
    } finally {
      clearTimeout(timer);
      controller.abort();
      query.signal?.removeEventListener('abort', onParentAbort);
    }
  }

  async leaderboard(bibs: number[], checkpoint: string, signal?: AbortSignal): Promise<Split[]> {
    const splits = await Promise.all(
      bibs.map((bib) => this.fetchSplit({ bib, checkpoint, deadlineMs: 2_000, signal })),
    );
    return splits.sort((a, b) => a.elapsedMs - b.elapsedMs);
  }
}
