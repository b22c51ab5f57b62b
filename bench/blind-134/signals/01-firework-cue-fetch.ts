// expect: none
// The caller's signal is passed to every fetch and to the backoff timer, and an abort is rethrown untouched instead of being retried.
import { setTimeout as delay } from 'node:timers/promises';

export interface CueLine {
  cue: number;
  timecodeMs: number;
  module: string;
  pin: number;
  effect: string;
}

export interface CueSheet {
  showId: string;
  soundtrackSha: string;
  cues: CueLine[];
}

export interface CueSheetOptions {
  baseUrl: string;
  signal?: AbortSignal;
  attempts?: number;
}

function isAbort(err: unknown): boolean {
  return err instanceof Error && err.name === 'AbortError';
}

async function getJson<T>(url: string, signal: AbortSignal | undefined): Promise<T> {
  const res = await fetch(url, { headers: { accept: 'application/json' }, signal });
  if (!res.ok) {
    throw new Error(`GET ${url} -> ${res.status} ${res.statusText}`);
  }
  return (await res.json()) as T;
}

export async function downloadCueSheet(showId: string, opts: CueSheetOptions): Promise<CueSheet> {
  const attempts = opts.attempts ?? 4;
  let lastError: unknown;

  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      const header = await getJson<Omit<CueSheet, 'cues'>>(`${opts.baseUrl}/shows/${showId}`, opts.signal);
      const cues = await getJson<CueLine[]>(`${opts.baseUrl}/shows/${showId}/cues`, opts.signal);
      return { ...header, cues: cues.sort((a, b) => a.timecodeMs - b.timecodeMs) };
    } catch (err) {
      if (isAbort(err) || opts.signal?.aborted) throw err;
      lastError = err;
      await delay(250 * 2 ** attempt, undefined, { signal: opts.signal });
    }
  }
  throw new Error(`cue sheet for ${showId} unavailable after ${attempts} attempts`, { cause: lastError });
}

export function validateCueSheet(sheet: CueSheet, moduleCount: number): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const line of sheet.cues) {
    const slot = `${line.module}:${line.pin}`;
    if (seen.has(slot)) problems.push(`cue ${line.cue}: ${slot} already used by an earlier cue`);
    seen.add(slot);
    const moduleNo = Number.parseInt(line.module.replace(/\D/g, ''), 10);
    if (!(moduleNo >= 1 && moduleNo <= moduleCount)) problems.push(`cue ${line.cue}: no such module ${line.module}`);
    if (line.timecodeMs < 0) problems.push(`cue ${line.cue}: negative timecode`);
  }
  return problems;
}
