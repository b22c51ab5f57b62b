// expect: no-unobserved-promise
// The next page request is started before the current page's events are yielded; while the consumer is suspended (or after it breaks out early) that promise has no handler, so a failed prefetch (timeout, 5xx) is an unhandled rejection.
export interface AuditEvent {
  id: string;
  actor: string;
  action: string;
  target: string;
  at: string;
}

interface AuditPage {
  events: AuditEvent[];
  nextCursor: string | null;
}

interface ExportOptions {
  pageSize?: number;
  since?: Date;
  signal?: AbortSignal;
}

async function fetchPage(orgId: string, cursor: string | null, opts: ExportOptions): Promise<AuditPage> {
  const url = new URL(`https://api.example-idp.com/v2/orgs/${orgId}/audit`);
  url.searchParams.set('limit', String(opts.pageSize ?? 200));
  if (opts.since) url.searchParams.set('since', opts.since.toISOString());
  if (cursor) url.searchParams.set('cursor', cursor);
  const res = await fetch(url, { headers: { accept: 'application/json' }, signal: opts.signal });
  if (!res.ok) throw new Error(`audit page failed: ${res.status} ${res.statusText}`);
  return (await res.json()) as AuditPage;
}

export async function* auditEvents(orgId: string, opts: ExportOptions = {}): AsyncGenerator<AuditEvent, void, undefined> {
  let pending: Promise<AuditPage> | null = fetchPage(orgId, null, opts);
  while (pending) {
    const page: AuditPage = await pending;
    pending = page.nextCursor ? fetchPage(orgId, page.nextCursor, opts) : null;
    for (const event of page.events) {
      yield event;
    }
  }
}

export async function firstDeletionBy(orgId: string, actor: string, signal?: AbortSignal): Promise<AuditEvent | null> {
  for await (const event of auditEvents(orgId, { since: new Date(Date.now() - 30 * 86_400_000), signal })) {
    if (event.actor === actor && event.action.endsWith('.delete')) {
      return event;
    }
  }
  return null;
}
