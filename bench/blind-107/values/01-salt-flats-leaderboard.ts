// expect: none
// Every async lookup is awaited before it is interpolated, compared or defaulted with ??, so the leaderboard line shows real speeds and the record check compares numbers, not promises.
import { createServer } from 'node:http';
import type { Server } from 'node:http';

export interface RunRecord {
  bib: number;
  driver: string;
  klass: string;
  mph: number;
}

export interface TimingStore {
  bestRun(bib: number): Promise<RunRecord | null>;
  classRecord(klass: string): Promise<number | null>;
  entrants(): Promise<number[]>;
}

export async function leaderboardLine(store: TimingStore, bib: number): Promise<string> {
  const run = await store.bestRun(bib);
  if (!run) return `#${bib}  — no timed run yet`;
  const record = (await store.classRecord(run.klass)) ?? 0;
  const marker = run.mph > record ? ' ★ NEW CLASS RECORD (pending backup run)' : '';
  return `#${run.bib} ${run.driver.padEnd(20)} ${run.klass.padEnd(8)} ${run.mph.toFixed(3)} mph${marker}`;
}

export async function renderBoard(store: TimingStore): Promise<string> {
  const bibs = await store.entrants();
  const lines = await Promise.all(bibs.map((b) => leaderboardLine(store, b)));
  return [`Speed Week — ${new Date().toISOString().slice(0, 10)}`, ...lines].join('\n');
}

export function serveBoard(store: TimingStore, port: number): Server {
  const server = createServer((req, res) => {
    if (req.url !== '/board') {
      res.writeHead(404).end();
      return;
    }
    renderBoard(store).then(
      (text) => res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(text),
      (err: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain' }).end(`board unavailable: ${(err as Error).message}`);
      },
    );
  });
  server.listen(port);
  return server;
}
