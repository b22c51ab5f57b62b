// expect: none
// The caller's signal is forwarded to once(), fetch, writeFile and the pacing sleep, so every wait in the sync can be cancelled.
import { EventEmitter, once } from 'node:events';
import { writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

export interface DecoderHandle extends EventEmitter {
  start(): void;
  lastSequence(): number;
}

export interface SyncOptions {
  signal: AbortSignal;
  exportUrl: string;
  outDir: string;
  pageSize?: number;
  pauseMs?: number;
}

interface ChipReadPage {
  reads: Array<{ seq: number; chip: string; mat: string; t: string }>;
  next: number | null;
}

export async function syncChipReads(decoder: DecoderHandle, opts: SyncOptions): Promise<number> {
  const { signal, pageSize = 500, pauseMs = 200 } = opts;

  decoder.start();
  await once(decoder, 'ready', { signal });

  let from = 0;
  let written = 0;
  const upTo = decoder.lastSequence();

  while (from <= upTo) {
    const res = await fetch(`${opts.exportUrl}?from=${from}&limit=${pageSize}`, { signal });
    if (!res.ok) throw new Error(`decoder export returned ${res.status}`);
    const page = (await res.json()) as ChipReadPage;

    const csv = page.reads.map((r) => `${r.seq},${r.chip},${r.mat},${r.t}`).join('\n');
    await writeFile(`${opts.outDir}/reads-${String(from).padStart(8, '0')}.csv`, csv + '\n', { signal });
    written += page.reads.length;

    if (page.next === null) break;
    from = page.next;
    await sleep(pauseMs, undefined, { signal });
  }

  return written;
}

export async function syncAllDecoders(decoders: Map<string, DecoderHandle>, base: Omit<SyncOptions, 'exportUrl'>) {
  const totals: Record<string, number> = {};
  for (const [host, decoder] of decoders) {
    totals[host] = await syncChipReads(decoder, { ...base, exportUrl: `http://${host}/export` });
  }
  return totals;
}
