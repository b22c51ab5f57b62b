// expect: none
// The prefetched next page gets a handler in the same tick it is started and is awaited on the next loop turn, so a failure while the consumer holds the generator is rethrown there; after an early break the finally block aborts it and the attached handler absorbs that rejection.
interface Issue {
  number: number;
  title: string;
  labels: { name: string }[];
  pull_request?: unknown;
  updated_at: string;
}

interface IssuePage {
  issues: Issue[];
  next: string | null;
}

async function fetchPage(url: string, token: string, signal: AbortSignal): Promise<IssuePage> {
  const res = await fetch(url, {
    headers: { accept: 'application/vnd.github+json', authorization: `Bearer ${token}` },
    signal,
  });
  if (!res.ok) throw new Error(`GitHub ${res.status} ${res.statusText} for ${url}`);
  const next = /<([^>]+)>;\s*rel="next"/.exec(res.headers.get('link') ?? '')?.[1] ?? null;
  return { issues: (await res.json()) as Issue[], next };
}

export async function* openIssues(repo: string, token: string, outer?: AbortSignal): AsyncGenerator<Issue> {
  outer?.throwIfAborted();
  const ac = new AbortController();
  const onAbort = () => ac.abort(outer?.reason);
  outer?.addEventListener('abort', onAbort, { once: true });

  try {
    let pending: Promise<IssuePage> | null = fetchPage(
      `https://api.github.com/repos/${repo}/issues?state=open&per_page=100`,
      token,
      ac.signal,
    );
    while (pending) {
      const page: IssuePage = await pending;
      pending = page.next ? fetchPage(page.next, token, ac.signal) : null;
      pending?.catch(() => {});
      for (const issue of page.issues) {
        if (!issue.pull_request) yield issue;
      }
    }
  } finally {
    outer?.removeEventListener('abort', onAbort);
    ac.abort();
  }
}

export async function staleIssues(repo: string, token: string, days: number, signal?: AbortSignal): Promise<number[]> {
  const cutoff = Date.now() - days * 86_400_000;
  const stale: number[] = [];
  for await (const issue of openIssues(repo, token, signal)) {
    if (issue.labels.some((l) => l.name === 'pinned')) continue;
    if (Date.parse(issue.updated_at) < cutoff) stale.push(issue.number);
    if (stale.length >= 500) break;
  }
  return stale;
}
