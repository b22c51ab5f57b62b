// expect: require-signal-propagation
// When the browser disconnects, req.signal cancels the warehouse query but the invoice fetch to the billing API was started without it, so that slow request keeps running and holding a connection for a response nobody will read.
declare const warehouse: {
  query<T>(sql: string, params: unknown[], opts?: { signal?: AbortSignal; timeoutMs?: number }): Promise<T[]>;
};
declare const env: { BILLING_URL: string; BILLING_TOKEN: string };

interface UsageRow {
  day: string;
  metric: string;
  quantity: number;
}

interface Invoice {
  id: string;
  period: string;
  totalCents: number;
  currency: string;
}

function toCsv(rows: UsageRow[], invoices: Invoice[]): string {
  const lines = ['day,metric,quantity'];
  for (const r of rows) lines.push(`${r.day},${r.metric},${r.quantity}`);
  lines.push('', 'invoice,period,total,currency');
  for (const inv of invoices) {
    lines.push(`${inv.id},${inv.period},${(inv.totalCents / 100).toFixed(2)},${inv.currency}`);
  }
  return lines.join('\n') + '\n';
}

export async function GET(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const accountId = url.searchParams.get('account');
  const from = url.searchParams.get('from') ?? new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
  if (!accountId) {
    return Response.json({ error: 'account is required' }, { status: 400 });
  }

  const { signal } = req;
  const billingHeaders = {
    authorization: `Bearer ${env.BILLING_TOKEN}`,
    accept: 'application/json',
  };

  try {
    const usage = await warehouse.query<UsageRow>(
      `select day, metric, sum(quantity) as quantity
         from usage_daily
        where account_id = $1 and day >= $2
        group by day, metric
        order by day`,
      [accountId, from],
      { signal, timeoutMs: 60_000 },
    );

    const invoiceRes = await fetch(
      `${env.BILLING_URL}/v2/accounts/${encodeURIComponent(accountId)}/invoices?since=${from}`,
      { headers: billingHeaders },
    );
    if (!invoiceRes.ok) {
      return Response.json({ error: `billing responded ${invoiceRes.status}` }, { status: 502 });
    }
    const invoices = (await invoiceRes.json()) as Invoice[];

    return new Response(toCsv(usage, invoices), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="usage-${accountId}-${from}.csv"`,
      },
    });
  } catch (err) {
    if (signal.aborted) throw err;
    console.error('usage export failed', { accountId, err });
    return Response.json({ error: 'export failed' }, { status: 500 });
  }
}
