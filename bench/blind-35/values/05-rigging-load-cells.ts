// expect: none
// Totals written by the readline 'line' handler are read only after await once(lines, 'close'), and live peaks are read inside the same callback that writes them.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { once, type EventEmitter } from 'node:events';

export interface LoadSample {
  cellId: string;
  kilonewtons: number;
  at: number;
}

export interface CellSummary {
  cellId: string;
  samples: number;
  peakKn: number;
  meanKn: number;
}

declare const rigAlarm: {
  sound(cellId: string, kilonewtons: number): void;
};

const WORKING_LOAD_LIMIT_KN: Record<string, number> = {
  'king-pole-1': 48,
  'king-pole-2': 48,
  'trapeze-rig': 22,
  'aerial-silk': 9,
};

function parseSample(line: string): LoadSample | null {
  const [cellId, kn, at] = line.split(',');
  const kilonewtons = Number(kn);
  if (!cellId || !Number.isFinite(kilonewtons)) return null;
  return { cellId, kilonewtons, at: Number(at) };
}

export async function summariseRecording(path: string): Promise<CellSummary[]> {
  const totals = new Map<string, { n: number; sum: number; peak: number }>();
  const input = createReadStream(path, 'utf8');
  const lines = createInterface({ input, crlfDelay: Infinity });
  lines.on('line', (line) => {
    const s = parseSample(line);
    if (!s) return;
    const t = totals.get(s.cellId) ?? { n: 0, sum: 0, peak: 0 };
    t.n++;
    t.sum += s.kilonewtons;
    t.peak = Math.max(t.peak, s.kilonewtons);
    totals.set(s.cellId, t);
  });
  await once(lines, 'close');

  return [...totals.entries()].map(([cellId, t]) => ({
    cellId,
    samples: t.n,
    peakKn: t.peak,
    meanKn: Math.round((t.sum / t.n) * 100) / 100,
  }));
}

export function watchLive(cells: EventEmitter, onPeak: (cellId: string, kn: number) => void): () => void {
  const peaks = new Map<string, number>();
  const onSample = (s: LoadSample) => {
    const prev = peaks.get(s.cellId) ?? 0;
    if (s.kilonewtons > prev) {
      peaks.set(s.cellId, s.kilonewtons);
      onPeak(s.cellId, peaks.get(s.cellId) ?? s.kilonewtons);
    }
    const limit = WORKING_LOAD_LIMIT_KN[s.cellId];
    if (limit !== undefined && s.kilonewtons > limit * 0.8) rigAlarm.sound(s.cellId, s.kilonewtons);
  };
  cells.on('sample', onSample);
  return () => cells.off('sample', onSample);
}

export function overLimit(summaries: CellSummary[]): string[] {
  return summaries
    .filter((s) => {
      const limit = WORKING_LOAD_LIMIT_KN[s.cellId];
      return limit !== undefined && s.peakKn > limit;
    })
    .map((s) => `${s.cellId} peaked at ${s.peakKn} kN (limit ${WORKING_LOAD_LIMIT_KN[s.cellId]} kN)`);
}
