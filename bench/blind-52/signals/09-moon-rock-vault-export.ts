// expect: none
// request.signal reaches the catalog query and the stream pipeline, and the catch rethrows when the request was aborted.
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { Readable } from 'node:stream';

export interface SampleRow {
  sampleId: string;
  mission: string;
  lithology: string;
  massGrams: number;
  vault: string;
}

declare const catalog: {
  query(filter: { mission?: string; vault?: string }, options: { signal: AbortSignal }): AsyncIterable<SampleRow>;
  count(filter: { mission?: string; vault?: string }, options: { signal: AbortSignal }): Promise<number>;
};

declare const accessLog: {
  record(entry: { user: string; filter: string; rows: number; outcome: string }): Promise<void>;
};

const MAX_ROWS_PER_EXPORT = 50_000;

function toCsvLine(row: SampleRow): string {
  const cells = [row.sampleId, row.mission, row.lithology, row.massGrams.toFixed(3), row.vault];
  return cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',') + '\n';
}

async function* csvLines(rows: AsyncIterable<SampleRow>): AsyncGenerator<string> {
  yield 'sample_id,mission,lithology,mass_g,vault\n';
  for await (const row of rows) {
    yield toCsvLine(row);
  }
}

export async function handleExport(request: Request, user: string): Promise<Response> {
  const url = new URL(request.url);
  const filter = {
    mission: url.searchParams.get('mission') ?? undefined,
    vault: url.searchParams.get('vault') ?? undefined,
  };
  const { signal } = request;

  const total = await catalog.count(filter, { signal });
  if (total > MAX_ROWS_PER_EXPORT) {
    await accessLog.record({ user, filter: url.search, rows: total, outcome: 'too-large' });
    return new Response(`export of ${total} rows exceeds limit`, { status: 413 });
  }

  const chunks: Buffer[] = [];
  try {
    await pipeline(
      Readable.from(csvLines(catalog.query(filter, { signal }))),
      createGzip(),
      async function collect(source: AsyncIterable<Buffer>) {
        for await (const chunk of source) {
          chunks.push(chunk);
        }
      },
      { signal },
    );
  } catch (err) {
    if (signal.aborted) {
      throw err;
    }
    await accessLog.record({ user, filter: url.search, rows: total, outcome: 'failed' });
    return new Response('export failed', { status: 500 });
  }

  await accessLog.record({ user, filter: url.search, rows: total, outcome: 'ok' });
  return new Response(Buffer.concat(chunks), {
    headers: { 'content-type': 'text/csv', 'content-encoding': 'gzip' },
  });
}
