// expect: none
// The access-log write is started before the `yield`, but it gets a `.catch` first, so nothing is left without a handler while the generator is suspended.
declare const db: {
  getRow(table: string, id: number): Promise<Record<string, unknown>>;
  logAccess(table: string, id: number, reason: string): Promise<void>;
};
declare const metrics: { increment(name: string): void };

export async function* exportRows(table: string, ids: number[], reason: string) {
  for (const id of ids) {
    const row = await db.getRow(table, id);

    const logged = db.logAccess(table, id, reason).catch((err: unknown) => {
      metrics.increment("export.access_log_failed");
      console.error(`could not log access to ${table}#${id}`, err);
    });

    yield row;

    await logged;
  }
}

export async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of source) out.push(item);
  return out;
}
