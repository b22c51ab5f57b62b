// expect: none
// The next page is prefetched while the consumer handles the current one, but it gets a no-op .catch() the moment it is created, so a failure while suspended at a yield (or after the consumer stops early) is not unhandled; the real error still surfaces at the next `await next`.
interface Issue {
  number: number;
  title: string;
  state: 'open' | 'closed';
  labels: string[];
  updatedAt: string;
}
interface IssuePage {
  items: Issue[];
  nextCursor: string | null;
}
declare const tracker: { listIssues(project: string, opts: { cursor?: string; pageSize: number }): Promise<IssuePage> };

export async function* allIssues(project: string, pageSize = 100): AsyncGenerator<Issue, number> {
  let fetched = 0;
  let next: Promise<IssuePage> | null = tracker.listIssues(project, { pageSize });

  while (next) {
    const page: IssuePage = await next;
    fetched += page.items.length;
    next = page.nextCursor ? tracker.listIssues(project, { cursor: page.nextCursor, pageSize }) : null;
    next?.catch(() => undefined);
    for (const issue of page.items) {
      yield issue;
    }
  }
  return fetched;
}

export async function exportLabelledIssues(project: string, label: string, max = 500): Promise<string> {
  const rows = ['number,state,title,updated_at'];
  for await (const issue of allIssues(project)) {
    if (!issue.labels.includes(label)) continue;
    rows.push([issue.number, issue.state, JSON.stringify(issue.title), issue.updatedAt].join(','));
    if (rows.length > max) {
      console.warn(`[export] ${project}: stopping at ${max} issues labelled ${label}`);
      break;
    }
  }
  return rows.join('\n') + '\n';
}
