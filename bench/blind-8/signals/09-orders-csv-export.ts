// expect: none
// The handler ties an AbortController to the response closing early and passes its signal to the warehouse query, each FX lookup and the pipeline; the abort it catches is its own client-disconnect, which has no caller to report to.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

interface OrderRow {
  id: string;
  placedAt: string;
  currency: string;
  totalMinor: number;
}

declare const warehouse: {
  streamOrders(
    query: { from: string; to: string; region?: string },
    opts: { signal?: AbortSignal; batchSize?: number },
  ): AsyncIterable<OrderRow>;
};

declare const fx: {
  usdRate(currency: string, onDate: string, opts?: { signal?: AbortSignal }): Promise<number>;
};

async function* toCsv(rows: AsyncIterable<OrderRow>, signal: AbortSignal): AsyncGenerator<string> {
  yield 'order_id,placed_at,total_usd\n';
  for await (const row of rows) {
    const rate = row.currency === 'USD' ? 1 : await fx.usdRate(row.currency, row.placedAt.slice(0, 10), { signal });
    yield `${row.id},${row.placedAt},${((row.totalMinor / 100) * rate).toFixed(2)}\n`;
  }
}

async function handleExport(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const from = url.searchParams.get('from');
  const to = url.searchParams.get('to');
  if (!from || !to) {
    res.writeHead(400, { 'content-type': 'text/plain' }).end('from and to are required');
    return;
  }

  const ac = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) ac.abort();
  });

  const rows = warehouse.streamOrders(
    { from, to, region: url.searchParams.get('region') ?? undefined },
    { signal: ac.signal, batchSize: 500 },
  );
  res.writeHead(200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="orders-${from}-${to}.csv"`,
  });

  try {
    await pipeline(Readable.from(toCsv(rows, ac.signal)), res, { signal: ac.signal });
  } catch (err) {
    if (ac.signal.aborted) {
      console.info(`orders export ${from}..${to} cancelled: client went away`);
      return;
    }
    console.error('orders export failed', err);
    res.destroy(err instanceof Error ? err : new Error(String(err)));
  }
}

export const server = createServer((req, res) => {
  if (req.url?.startsWith('/exports/orders.csv')) {
    handleExport(req, res).catch((err: unknown) => {
      console.error('unexpected export error', err);
      res.destroy();
    });
    return;
  }
  res.writeHead(404).end();
});
