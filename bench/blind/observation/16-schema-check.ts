// expect: none
// Each schema check is pushed into an array, and the whole array is passed to Promise.all, so every promise gets a handler.
declare class Connection {
  tableExists(name: string): Promise<boolean>;
  columnExists(table: string, column: string): Promise<boolean>;
}

export interface SchemaRequirement {
  table: string;
  columns: string[];
}

export async function missingSchema(conn: Connection, reqs: SchemaRequirement[]): Promise<string[]> {
  const checks: Promise<string | null>[] = [];

  for (const req of reqs) {
    checks.push(conn.tableExists(req.table).then((ok) => (ok ? null : req.table)));
    for (const column of req.columns) {
      checks.push(
        conn.columnExists(req.table, column).then((ok) => (ok ? null : `${req.table}.${column}`)),
      );
    }
  }

  const outcomes = await Promise.all(checks);
  return outcomes.filter((x): x is string => x !== null);
}
