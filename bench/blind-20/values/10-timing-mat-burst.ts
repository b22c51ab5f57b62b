// expect: none
// Correct: chip reads pushed by the 'read' listener are only consumed after awaiting the collection window, and lastSeen is read inside the later interval callback.
import { EventEmitter, once } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';

export interface ChipRead {
  chipId: string;
  matId: string;
  atMs: number;
  rssi: number;
}

export interface Crossing {
  chipId: string;
  matId: string;
  atMs: number;
}

export class TimingMat extends EventEmitter {
  constructor(readonly matId: string) {
    super();
  }
}

function bestReadPerChip(reads: ChipRead[]): Crossing[] {
  const best = new Map<string, ChipRead>();
  for (const r of reads) {
    const prev = best.get(r.chipId);
    if (!prev || r.rssi > prev.rssi) best.set(r.chipId, r);
  }
  return [...best.values()].map(({ chipId, matId, atMs }) => ({ chipId, matId, atMs }));
}

export async function collectBurst(mat: TimingMat, windowMs: number, signal?: AbortSignal): Promise<Crossing[]> {
  const reads: ChipRead[] = [];
  const onRead = (r: ChipRead) => reads.push(r);
  mat.on('read', onRead);
  try {
    await delay(windowMs, undefined, { signal });
  } finally {
    mat.off('read', onRead);
  }
  return bestReadPerChip(reads);
}

export function watchForSilence(mat: TimingMat, maxQuietMs: number, onSilent: (quietMs: number) => void): () => void {
  let lastSeen = Date.now();
  const onRead = () => {
    lastSeen = Date.now();
  };
  mat.on('read', onRead);

  const timer = setInterval(
    () => {
      const quiet = Date.now() - lastSeen;
      if (quiet > maxQuietMs) onSilent(quiet);
    },
    Math.max(1_000, maxQuietMs / 4),
  );

  return () => {
    clearInterval(timer);
    mat.off('read', onRead);
  };
}

export async function waitForFirstFinisher(mat: TimingMat, signal: AbortSignal): Promise<Crossing> {
  const [read] = (await once(mat, 'read', { signal })) as [ChipRead];
  return { chipId: read.chipId, matId: read.matId, atMs: read.atMs };
}
