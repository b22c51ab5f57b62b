// expect: no-unobserved-promise
// The next page request is started before yielding the current page; while the consumer is suspended at the yield (or after it breaks out early), a failed prefetch rejects with no handler attached.
interface AuditEvent {
  id: string;
  actor: string;
  action: string;
  at: string;
}

interface AuditPage {
  events: AuditEvent[];
  nextToken?: string;
}

declare const auditApi: {
  query(params: { orgId: string; since: string; pageToken?: string; pageSize: number }): Promise<AuditPage>;
};

export interface AuditQuery {
  orgId: string;
  since: Date;
  pageSize?: number;
}

export async function* auditPages({ orgId, since, pageSize = 500 }: AuditQuery): AsyncGenerator<AuditEvent[], void, undefined> {
  const base = { orgId, since: since.toISOString(), pageSize };
  let current = await auditApi.query(base);

  while (true) {
    const nextToken = current.nextToken;
    const upcoming = nextToken ? auditApi.query({ ...base, pageToken: nextToken }) : null;

    if (current.events.length > 0) {
      yield current.events;
    }
    if (!upcoming) return;
    current = await upcoming;
  }
}

export async function exportAuditCsv(query: AuditQuery, write: (line: string) => Promise<void>, maxRows = 100_000): Promise<number> {
  let rows = 0;
  await write('id,actor,action,at');
  for await (const events of auditPages(query)) {
    for (const e of events) {
      await write([e.id, e.actor, e.action, e.at].map((v) => `"${v.replaceAll('"', '""')}"`).join(','));
      if (++rows >= maxRows) {
        console.warn(`[audit-export] truncated at ${maxRows} rows for org ${query.orgId}`);
        return rows;
      }
    }
  }
  return rows;
}
