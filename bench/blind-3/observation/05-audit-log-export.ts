// expect: none
// The next page is prefetched across the yield, but the prefetch is converted with .then(ok, err) into a value that never rejects, so no rejection can go unhandled while the consumer is busy; the error is rethrown when the page is reached.
interface AuditEvent {
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

type PageResult = { ok: true; page: AuditPage } | { ok: false; error: unknown };

declare const auditApi: {
  listEvents(orgId: string, opts: { cursor?: string; limit: number; signal?: AbortSignal }): Promise<AuditPage>;
};

function fetchPage(orgId: string, cursor: string | undefined, signal?: AbortSignal): Promise<PageResult> {
  return auditApi.listEvents(orgId, { cursor, limit: 500, signal }).then(
    (page): PageResult => ({ ok: true, page }),
    (error): PageResult => ({ ok: false, error }),
  );
}

export async function* auditEvents(orgId: string, signal?: AbortSignal): AsyncGenerator<AuditEvent> {
  let next = fetchPage(orgId, undefined, signal);
  for (;;) {
    const result = await next;
    if (!result.ok) throw result.error;
    const { events, nextCursor } = result.page;
    if (nextCursor) next = fetchPage(orgId, nextCursor, signal);
    for (const event of events) {
      yield event;
    }
    if (!nextCursor) return;
  }
}

export async function exportAuditCsv(orgId: string, write: (line: string) => Promise<void>): Promise<number> {
  let count = 0;
  await write('id,actor,action,target,at\n');
  for await (const e of auditEvents(orgId)) {
    await write([e.id, e.actor, e.action, e.target, e.at].map((v) => JSON.stringify(v)).join(',') + '\n');
    count++;
  }
  return count;
}
