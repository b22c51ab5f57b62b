// expect: require-signal-propagation
// The caller's signal reaches the invoice fetch but not the warehouse query, so cancelling a report leaves the multi-minute aggregation running on the warehouse.
export interface QueryOptions {
  params?: Record<string, string | number>;
  timeoutMs?: number;
  signal?: AbortSignal;
}

declare const warehouse: {
  query<Row>(sql: string, options?: QueryOptions): Promise<Row[]>;
};

declare const billing: {
  listInvoices(accountId: string, opts: { since: string; signal?: AbortSignal }): Promise<Array<{ id: string; totalCents: number; periodStart: string }>>;
};

export interface UsageRow {
  day: string;
  service: string;
  units: number;
}

export interface UsageReport {
  accountId: string;
  invoicedCents: number;
  usage: UsageRow[];
  generatedAt: string;
}

export interface BuildReportOptions {
  since: Date;
  services?: string[];
  signal?: AbortSignal;
}

const USAGE_SQL = `
  SELECT date_trunc('day', ts)::text AS day, service, sum(units) AS units
  FROM metering.events
  WHERE account_id = :accountId AND ts >= :since
  GROUP BY 1, 2
  ORDER BY 1, 2`;

export async function buildUsageReport(accountId: string, opts: BuildReportOptions): Promise<UsageReport> {
  opts.signal?.throwIfAborted();
  const since = opts.since.toISOString();

  const invoices = await billing.listInvoices(accountId, { since, signal: opts.signal });
  const invoicedCents = invoices.reduce((sum, inv) => sum + inv.totalCents, 0);

  const rows = await warehouse.query<UsageRow>(USAGE_SQL, {
    params: { accountId, since },
    timeoutMs: 10 * 60_000,
  });

  const wanted = opts.services ? new Set(opts.services) : undefined;
  const usage = wanted ? rows.filter((row) => wanted.has(row.service)) : rows;

  return {
    accountId,
    invoicedCents,
    usage,
    generatedAt: new Date().toISOString(),
  };
}
