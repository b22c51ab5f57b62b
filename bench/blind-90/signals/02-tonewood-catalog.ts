// expect: none
// Correct: downloadCatalog never passes its `signal` parameter directly but combines it with a timeout via AbortSignal.any and hands that on to fetch and to the cancellable backoff sleep.
import { setTimeout as sleep } from 'node:timers/promises';
import { writeFile } from 'node:fs/promises';

export interface TonewoodLot {
  supplier: string;
  species: 'spruce' | 'maple' | 'ebony' | 'willow' | 'boxwood';
  grade: 'AAAA' | 'AAA' | 'AA' | 'A';
  yearsSeasoned: number;
  pricePerSetEur: number;
}

const SUPPLIERS = [
  'https://val-di-fiemme-tonewood.example.it/api/lots',
  'https://bosnian-maple.example.ba/api/lots',
  'https://alpine-spruce.example.at/api/lots',
];

export interface DownloadOptions {
  signal: AbortSignal;
  perRequestTimeoutMs?: number;
  attempts?: number;
}

async function downloadCatalog(url: string, opts: DownloadOptions): Promise<TonewoodLot[]> {
  const { signal, perRequestTimeoutMs = 15_000, attempts = 3 } = opts;
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const requestSignal = AbortSignal.any([signal, AbortSignal.timeout(perRequestTimeoutMs)]);
    try {
      const res = await fetch(url, { signal: requestSignal, headers: { accept: 'application/json' } });
      if (res.status >= 500) throw new Error(`${url}: ${res.status}`);
      if (!res.ok) return [];
      return (await res.json()) as TonewoodLot[];
    } catch (err) {
      if (signal.aborted) throw err;
      lastError = err;
      if (attempt < attempts) await sleep(500 * 2 ** attempt, undefined, { signal });
    }
  }
  throw lastError;
}

export async function refreshCatalog(outFile: string, signal: AbortSignal): Promise<number> {
  const lots: TonewoodLot[] = [];
  for (const url of SUPPLIERS) {
    signal.throwIfAborted();
    lots.push(...(await downloadCatalog(url, { signal })));
  }
  const spruceTops = lots
    .filter((l) => l.species === 'spruce' && (l.grade === 'AAAA' || l.grade === 'AAA'))
    .sort((a, b) => b.yearsSeasoned - a.yearsSeasoned);
  await writeFile(outFile, JSON.stringify({ updated: new Date().toISOString(), lots, spruceTops }, null, 2), {
    signal,
  });
  return lots.length;
}

async function main() {
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort(new Error('interrupted')));
  const out = process.argv[2] ?? 'tonewood.json';
  try {
    const n = await refreshCatalog(out, controller.signal);
    console.log(`wrote ${n} lots to ${out}`);
  } catch (err) {
    if (controller.signal.aborted) {
      console.error('cancelled');
      process.exitCode = 130;
      return;
    }
    throw err;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
}
