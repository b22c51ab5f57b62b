// expect: no-unobserved-promise
// The next page request is started before the current page's events are yielded and is held across those yields; when the consumer stops early (break/return, or the `since` cut-off) or aborts, that request's rejection is never awaited and surfaces as an unhandled rejection.
export interface AuditEvent {
  id: string;
  actor: string;
  action: string;
  target: string;
  createdAt: string;
}

interface AuditPage {
  events: AuditEvent[];
  nextCursor: string | null;
}

export class RateLimitedError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`audit API rate limited, retry after ${retryAfterSeconds}s`);
    this.name = 'RateLimitedError';
  }
}

export class AuditLogClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
    private readonly pageSize = 200,
  ) {}

  private async fetchPage(cursor: string | null, signal?: AbortSignal): Promise<AuditPage> {
    const url = new URL('/v1/audit-events', this.baseUrl);
    url.searchParams.set('limit', String(this.pageSize));
    url.searchParams.set('order', 'desc');
    if (cursor) url.searchParams.set('cursor', cursor);

    const res = await fetch(url, { headers: { authorization: `Bearer ${this.token}` }, signal });
    if (res.status === 429) {
      throw new RateLimitedError(Number(res.headers.get('retry-after') ?? '60'));
    }
    if (!res.ok) {
      throw new Error(`audit log request failed: HTTP ${res.status} ${await res.text()}`);
    }
    return (await res.json()) as AuditPage;
  }

  async *events(opts: { since?: string; signal?: AbortSignal } = {}): AsyncGenerator<AuditEvent, void, undefined> {
    let pending = this.fetchPage(null, opts.signal);
    for (;;) {
      const page = await pending;
      const cursor = page.nextCursor;
      if (cursor) pending = this.fetchPage(cursor, opts.signal);

      for (const event of page.events) {
        if (opts.since && event.createdAt < opts.since) return;
        yield event;
      }
      if (!cursor) return;
    }
  }
}

export async function findLastPermissionChange(
  client: AuditLogClient,
  target: string,
  signal?: AbortSignal,
): Promise<AuditEvent | undefined> {
  const since = new Date(Date.now() - 90 * 24 * 3600 * 1000).toISOString();
  for await (const event of client.events({ since, signal })) {
    if (event.target === target && event.action.startsWith('permission.')) {
      return event;
    }
  }
  return undefined;
}
