// expect: no-swallowed-abort
// syncPatterns() wraps every failure, including the caller's abort, in a generic PatternSyncError, so callers can no longer tell cancellation from failure.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface PatternIndexEntry {
  id: string;
  name: string;
  technique: 'torchon' | 'bucks-point' | 'bedfordshire' | 'milanese';
  pairs: number;
  updatedAt: string;
}

export class PatternSyncError extends Error {
  constructor(
    message: string,
    readonly patternId?: string,
  ) {
    super(message);
    this.name = 'PatternSyncError';
  }
}

const LIBRARY = 'https://library.laceguild.example/api';

async function getJson<T>(url: string, signal: AbortSignal): Promise<T> {
  const res = await fetch(url, { signal, headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

export async function syncPatterns(
  targetDir: string,
  since: Date,
  signal: AbortSignal,
): Promise<{ written: number; skipped: number }> {
  let current: string | undefined;
  try {
    const index = await getJson<PatternIndexEntry[]>(`${LIBRARY}/patterns?since=${since.toISOString()}`, signal);
    await mkdir(targetDir, { recursive: true });

    let written = 0;
    let skipped = 0;
    for (const entry of index) {
      current = entry.id;
      if (entry.pairs > 120) {
        skipped++;
        continue;
      }
      const res = await fetch(`${LIBRARY}/patterns/${entry.id}/pricking.svg`, { signal });
      if (!res.ok) throw new Error(`pricking ${entry.id}: HTTP ${res.status}`);
      const svg = await res.text();
      await writeFile(path.join(targetDir, `${entry.technique}-${entry.id}.svg`), svg, { signal });
      written++;
    }
    return { written, skipped };
  } catch (err) {
    throw new PatternSyncError(
      `pattern sync failed${current ? ` at ${current}` : ''}: ${(err as Error).message}`,
      current,
    );
  }
}

export function groupByTechnique(entries: PatternIndexEntry[]): Map<string, PatternIndexEntry[]> {
  const groups = new Map<string, PatternIndexEntry[]>();
  for (const e of entries) {
    const list = groups.get(e.technique) ?? [];
    list.push(e);
    groups.set(e.technique, list);
  }
  return groups;
}
