// expect: no-unobserved-promise
// The next page is requested before the current page's issues are yielded and stays unobserved while the generator is suspended at yield; if it rejects (rate limit, 5xx) while the consumer is still processing, or the consumer stops early, the rejection is unhandled and crashes the process.
interface Issue {
  number: number;
  title: string;
  state: 'open' | 'closed';
  labels: Array<{ name: string }>;
  pull_request?: unknown;
}

interface Page {
  items: Issue[];
  next: string | null;
}

function nextLink(header: string | null): string | null {
  const m = header?.match(/<([^>]+)>;\s*rel="next"/);
  return m ? m[1] : null;
}

async function fetchPage(url: string, token: string, signal?: AbortSignal): Promise<Page> {
  const res = await fetch(url, {
    signal,
    headers: { authorization: `Bearer ${token}`, accept: 'application/vnd.github+json' },
  });
  if (!res.ok) throw new Error(`GitHub ${res.status} for ${url}: ${await res.text()}`);
  return { items: (await res.json()) as Issue[], next: nextLink(res.headers.get('link')) };
}

export async function* issues(repo: string, token: string, signal?: AbortSignal): AsyncGenerator<Issue> {
  let pending: Promise<Page> | null = fetchPage(`https://api.github.com/repos/${repo}/issues?state=all&per_page=100`, token, signal);
  while (pending) {
    const page: Page = await pending;
    pending = page.next ? fetchPage(page.next, token, signal) : null;
    for (const issue of page.items) {
      if (!issue.pull_request) yield issue;
    }
  }
}

export async function labelReport(
  repo: string,
  token: string,
  classify: (issue: Issue) => Promise<string>,
  signal?: AbortSignal,
): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for await (const issue of issues(repo, token, signal)) {
    const bucket = await classify(issue);
    counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
    if (counts.size > 50) break;
  }
  return counts;
}
