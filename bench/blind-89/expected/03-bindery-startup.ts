// expect: no-uncalled-async-function
// loadPaperCatalog and loadThreadColours are passed to Promise.all as function references, so they never run and the caches stay empty after "warm-up".
import { readFile } from 'node:fs/promises';

interface PaperStock {
  code: string;
  gsm: number;
  grain: 'long' | 'short';
  caliperMm: number;
}

interface ThreadColour {
  code: string;
  name: string;
  ply: 2 | 3 | 4;
}

declare const sheetCache: { prime(): Promise<void>; size(): number };
declare const http: { listen(port: number): Promise<void> };

const paperCatalog = new Map<string, PaperStock>();
const threadColours = new Map<string, ThreadColour>();

async function loadPaperCatalog(): Promise<void> {
  const rows = JSON.parse(await readFile(new URL('./data/paper.json', import.meta.url), 'utf8')) as PaperStock[];
  paperCatalog.clear();
  for (const row of rows) paperCatalog.set(row.code, row);
}

async function loadThreadColours(): Promise<void> {
  const csv = await readFile(new URL('./data/threads.csv', import.meta.url), 'utf8');
  threadColours.clear();
  for (const line of csv.split('\n').slice(1)) {
    const [code, name, ply] = line.split(',');
    if (code) threadColours.set(code, { code, name, ply: Number(ply) as ThreadColour['ply'] });
  }
}

export function paper(code: string): PaperStock {
  const p = paperCatalog.get(code);
  if (!p) throw new Error(`unknown paper stock ${code}`);
  return p;
}

export function thread(code: string): ThreadColour {
  const t = threadColours.get(code);
  if (!t) throw new Error(`unknown thread ${code}`);
  return t;
}

export async function start(port = Number(process.env.PORT ?? 8080)): Promise<void> {
  const started = Date.now();
  await Promise.all([loadPaperCatalog, loadThreadColours, sheetCache.prime()]);
  console.info(
    `bindery service warmed up in ${Date.now() - started}ms ` +
      `(${paperCatalog.size} papers, ${threadColours.size} threads, ${sheetCache.size()} sheets)`,
  );
  await http.listen(port);
}
