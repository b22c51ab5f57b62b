// expect: none
// The prefetched next page is wrapped by settle() into a result object that never rejects, so holding it across yield cannot raise an unhandled rejection; a fetch error is rethrown only when that page is actually reached.
export interface LogEvent {
  uuid: string;
  published: string;
  eventType: string;
  actor: { id: string; displayName: string };
  outcome: { result: 'SUCCESS' | 'FAILURE' | 'DENY' };
}

interface Page {
  events: LogEvent[];
  nextUrl: string | null;
}

type PageResult = { ok: true; page: Page } | { ok: false; error: unknown };

function settle(p: Promise<Page>): Promise<PageResult> {
  return p.then(
    (page): PageResult => ({ ok: true, page }),
    (error: unknown): PageResult => ({ ok: false, error }),
  );
}

async function fetchPage(url: string, token: string, signal?: AbortSignal): Promise<Page> {
  const res = await fetch(url, { headers: { authorization: `SSWS ${token}`, accept: 'application/json' }, signal });
  if (res.status === 429) throw new Error(`rate limited until ${res.headers.get('x-rate-limit-reset')}`);
  if (!res.ok) throw new Error(`system log: HTTP ${res.status}`);
  const next = /<([^>]+)>;\s*rel="next"/.exec(res.headers.get('link') ?? '')?.[1] ?? null;
  return { events: (await res.json()) as LogEvent[], nextUrl: next };
}

/** Streams the org's system log since `since`, prefetching one page ahead. */
export async function* systemLogEvents(orgUrl: string, token: string, since: string, signal?: AbortSignal): AsyncGenerator<LogEvent> {
  const first = new URL('/api/v1/logs', orgUrl);
  first.searchParams.set('since', since);
  first.searchParams.set('limit', '1000');

  let pending: Promise<PageResult> | null = settle(fetchPage(first.href, token, signal));
  while (pending) {
    const result: PageResult = await pending;
    if (!result.ok) throw result.error;
    const { events, nextUrl }: Page = result.page;
    pending = nextUrl && events.length > 0 ? settle(fetchPage(nextUrl, token, signal)) : null;
    yield* events;
  }
}
