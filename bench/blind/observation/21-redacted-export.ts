// expect: no-unobserved-promise
// The access-log write is started and then the generator suspends at `yield`; while it is suspended (possibly forever, if the consumer stops early) a rejection of `logged` has no handler.
declare const db: {
  getRow(table: string, id: number): Promise<Record<string, unknown>>;
  logAccess(table: string, id: number, reason: string): Promise<void>;
};

export interface ExportOptions {
  table: string;
  reason: string;
  redact?: string[];
}

function redactRow(row: Record<string, unknown>, fields: string[]): Record<string, unknown> {
  const copy = { ...row };
  for (const f of fields) if (f in copy) copy[f] = "[redacted]";
  return copy;
}

export async function* streamExport(ids: number[], opts: ExportOptions) {
  for (const id of ids) {
    const row = await db.getRow(opts.table, id);
    const logged = db.logAccess(opts.table, id, opts.reason);

    yield redactRow(row, opts.redact ?? []);

    await logged;
  }
}
