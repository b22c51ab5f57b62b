// expect: no-uncalled-async-function
// The async iterator yields the readPage method itself instead of calling it, so consumers receive a function rather than a page of records.
interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

declare function listAuditEvents(cursor: string | null, limit: number): Promise<Page<{ id: string; action: string }>>;

export class AuditLogReader {
  private cursor: string | null = null;
  private done = false;

  constructor(private readonly pageSize = 100) {}

  async readPage() {
    const page = await listAuditEvents(this.cursor, this.pageSize);
    this.cursor = page.nextCursor;
    this.done = page.nextCursor === null;
    return page.items;
  }

  async *[Symbol.asyncIterator]() {
    while (!this.done) {
      yield this.readPage;
    }
  }
}

export async function exportAll(reader: AuditLogReader): Promise<number> {
  let total = 0;
  for await (const batch of reader) {
    total += batch.length;
  }
  return total;
}
