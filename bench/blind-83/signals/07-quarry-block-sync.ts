// expect: none
// Transient errors are retried but an abort is re-thrown as is (checked by signal.aborted and by the error name), and the signal reaches every fetch and the backoff timer.
import { setTimeout as backoff } from 'node:timers/promises';

interface MarbleBlock {
  blockId: string;
  bench: string;
  variety: 'statuario' | 'calacatta' | 'bardiglio' | 'arabescato';
  tonnes: number;
  veining: number;
  extractedAt: string;
}

declare const yardDb: {
  upsertBlocks(blocks: MarbleBlock[]): Promise<void>;
};

const QUARRY_FEED = 'https://cave.example.it/feed/blocks';

function isAbortError(err: unknown): boolean {
  return err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError');
}

async function fetchBench(bench: string, signal: AbortSignal): Promise<MarbleBlock[]> {
  const res = await fetch(`${QUARRY_FEED}?bench=${encodeURIComponent(bench)}`, { signal });
  if (res.status >= 500) throw Object.assign(new Error(`feed ${res.status}`), { transient: true });
  if (!res.ok) throw new Error(`feed rejected bench ${bench}: ${res.status}`);
  return (await res.json()) as MarbleBlock[];
}

export async function fetchBenchWithRetry(bench: string, signal: AbortSignal, attempts = 4): Promise<MarbleBlock[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetchBench(bench, signal);
    } catch (err) {
      if (signal.aborted || isAbortError(err)) throw err;
      const transient = (err as { transient?: boolean }).transient === true;
      if (!transient || attempt >= attempts) throw err;
      await backoff(300 * 2 ** attempt, undefined, { signal });
    }
  }
}

export interface SyncReport {
  benches: number;
  blocks: number;
  premiumTonnes: number;
}

export async function syncQuarry(benches: string[], signal: AbortSignal): Promise<SyncReport> {
  let blocks = 0;
  let premiumTonnes = 0;
  for (const bench of benches) {
    signal.throwIfAborted();
    const rows = await fetchBenchWithRetry(bench, signal);
    const graded = rows.filter((b) => b.tonnes >= 2);
    await yardDb.upsertBlocks(graded);
    blocks += graded.length;
    premiumTonnes += graded
      .filter((b) => b.variety === 'statuario' || (b.variety === 'calacatta' && b.veining < 0.3))
      .reduce((t, b) => t + b.tonnes, 0);
  }
  return { benches: benches.length, blocks, premiumTonnes: Math.round(premiumTonnes * 10) / 10 };
}

export function saleable(block: MarbleBlock): boolean {
  return block.tonnes >= 2 && block.veining <= 0.8;
}
