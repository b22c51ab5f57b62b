// expect: none
// renderPeal() covers 'message', 'error' and 'exit' on the worker and funnels all of them through a settle-once guard; a clean exit without a result rejects.
import { Worker } from 'node:worker_threads';

export interface BellSpec {
  midi: number;
  massKg: number;
  strikeVelocity: number;
}

export interface PealScore {
  title: string;
  tempoBpm: number;
  bells: BellSpec[];
  // Each row is one change: indices into `bells` in striking order.
  changes: number[][];
}

interface RenderResult {
  sampleRate: number;
  pcm: Float32Array;
}

declare const PEAL_WORKER_PATH: string;
declare const renderCache: {
  get(key: string): Promise<RenderResult | undefined>;
  set(key: string, value: RenderResult): Promise<void>;
};

const RENDER_TIMEOUT_MS = 60_000;

function scoreKey(score: PealScore): string {
  const bells = score.bells.map((b) => `${b.midi}:${b.massKg}:${b.strikeVelocity}`).join(',');
  const rows = score.changes.map((r) => r.join('')).join('/');
  return `${score.title}|${score.tempoBpm}|${bells}|${rows}`;
}

function validateScore(score: PealScore): void {
  const n = score.bells.length;
  score.changes.forEach((row, i) => {
    const sorted = [...row].sort((a, b) => a - b);
    if (sorted.length !== n || sorted.some((v, j) => v !== j)) {
      throw new Error(`change ${i + 1} is not a permutation of ${n} bells`);
    }
  });
}

function renderPeal(score: PealScore): Promise<RenderResult> {
  return new Promise<RenderResult>((resolve, reject) => {
    const worker = new Worker(PEAL_WORKER_PATH, { workerData: score });
    let result: RenderResult | undefined;
    let settled = false;

    const settle = (err: Error | undefined) => {
      if (settled) return;
      settled = true;
      clearTimeout(watchdog);
      if (err) reject(err);
      else if (result) resolve(result);
      else reject(new Error('peal worker exited without producing audio'));
    };

    const watchdog = setTimeout(() => {
      settle(new Error(`rendering "${score.title}" took longer than ${RENDER_TIMEOUT_MS} ms`));
      worker.terminate().then(
        () => undefined,
        () => undefined,
      );
    }, RENDER_TIMEOUT_MS);

    worker.once('message', (msg: RenderResult) => {
      result = msg;
    });
    worker.once('error', (err) => settle(err));
    worker.once('exit', (code) => {
      settle(code === 0 ? undefined : new Error(`peal worker exited with code ${code}`));
    });
  });
}

export async function renderCached(score: PealScore): Promise<RenderResult> {
  validateScore(score);
  const key = scoreKey(score);
  const cached = await renderCache.get(key);
  if (cached) return cached;
  const rendered = await renderPeal(score);
  await renderCache.set(key, rendered);
  return rendered;
}

export function plainHunt(bellCount: number, leads: number): number[][] {
  let row = Array.from({ length: bellCount }, (_, i) => i);
  const rows = [row];
  for (let i = 0; i < leads * bellCount * 2; i++) {
    const next = [...row];
    for (let j = i % 2; j + 1 < bellCount; j += 2) {
      [next[j], next[j + 1]] = [next[j + 1], next[j]];
    }
    rows.push(next);
    row = next;
  }
  return rows;
}
