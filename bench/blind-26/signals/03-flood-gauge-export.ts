// expect: none
// exportGaugeHistory threads the caller's signal into every paged fetch and into stream pipeline, and rethrows after cleaning up the partial file.
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';

export interface GaugeReading {
  stationId: string;
  observedAt: string;
  stageMetres: number;
  dischargeCumecs: number | null;
  qualityFlag: 'good' | 'suspect' | 'estimated';
}

interface ReadingPage {
  readings: GaugeReading[];
  next: string | null;
}

export interface ExportOptions {
  from: Date;
  to: Date;
  signal: AbortSignal;
}

const GAUGE_API = 'https://hydrology.example.gov/api/v2';

async function* readingPages(stationId: string, opts: ExportOptions): AsyncGenerator<GaugeReading[]> {
  let url: string | null =
    `${GAUGE_API}/stations/${stationId}/readings` +
    `?from=${opts.from.toISOString()}&to=${opts.to.toISOString()}&limit=5000`;

  while (url) {
    const res = await fetch(url, { signal: opts.signal, headers: { accept: 'application/json' } });
    if (!res.ok) {
      throw new Error(`gauge ${stationId}: HTTP ${res.status} fetching ${url}`);
    }
    const page = (await res.json()) as ReadingPage;
    yield page.readings;
    url = page.next;
  }
}

async function* toCsv(pages: AsyncIterable<GaugeReading[]>): AsyncGenerator<string> {
  yield 'station_id,observed_at,stage_m,discharge_cumecs,quality\n';
  for await (const readings of pages) {
    let chunk = '';
    for (const r of readings) {
      const discharge = r.dischargeCumecs === null ? '' : r.dischargeCumecs.toFixed(3);
      chunk += `${r.stationId},${r.observedAt},${r.stageMetres.toFixed(3)},${discharge},${r.qualityFlag}\n`;
    }
    if (chunk) yield chunk;
  }
}

export async function exportGaugeHistory(stationId: string, destPath: string, opts: ExportOptions): Promise<void> {
  const partialPath = `${destPath}.partial`;
  try {
    await pipeline(
      Readable.from(toCsv(readingPages(stationId, opts))),
      createGzip({ level: 6 }),
      createWriteStream(partialPath),
      { signal: opts.signal },
    );
    await rename(partialPath, destPath);
  } catch (err) {
    await rm(partialPath, { force: true });
    throw err;
  }
}

export async function exportCatchment(
  stationIds: string[],
  outDir: string,
  opts: ExportOptions,
): Promise<string[]> {
  const written: string[] = [];
  for (const id of stationIds) {
    opts.signal.throwIfAborted();
    const dest = `${outDir}/${id}-${opts.from.toISOString().slice(0, 10)}.csv.gz`;
    await exportGaugeHistory(id, dest, opts);
    written.push(dest);
  }
  return written;
}
