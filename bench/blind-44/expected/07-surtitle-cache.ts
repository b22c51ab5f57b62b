// expect: none
// The cache deliberately shares one in-flight load per key and evicts it on rejection, so a later call starts a fresh load instead of re-awaiting the failure.
export interface Cue {
  index: number;
  atMs: number;
  text: string;
  speaker?: string;
}

export interface CueSheet {
  production: string;
  language: string;
  revision: number;
  cues: Cue[];
}

declare const surtitleStore: {
  fetchSheet(production: string, language: string): Promise<CueSheet>;
  latestRevision(production: string, language: string): Promise<number>;
};

export class SurtitleCache {
  private readonly sheets = new Map<string, Promise<CueSheet>>();

  constructor(private readonly maxEntries = 24) {}

  get(production: string, language: string): Promise<CueSheet> {
    const key = `${production}::${language}`;
    const cached = this.sheets.get(key);
    if (cached) return cached;

    const loading = surtitleStore.fetchSheet(production, language);
    this.sheets.set(key, loading);
    loading.catch(() => {
      if (this.sheets.get(key) === loading) this.sheets.delete(key);
    });
    this.evictOldest();
    return loading;
  }

  async refreshIfStale(production: string, language: string): Promise<CueSheet> {
    const current = await this.get(production, language);
    const latest = await surtitleStore.latestRevision(production, language);
    if (latest <= current.revision) return current;
    this.sheets.delete(`${production}::${language}`);
    return this.get(production, language);
  }

  private evictOldest(): void {
    while (this.sheets.size > this.maxEntries) {
      const oldest = this.sheets.keys().next().value;
      if (oldest === undefined) break;
      this.sheets.delete(oldest);
    }
  }
}

export function cueAt(sheet: CueSheet, positionMs: number): Cue | undefined {
  let lo = 0;
  let hi = sheet.cues.length - 1;
  let found: Cue | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sheet.cues[mid].atMs <= positionMs) {
      found = sheet.cues[mid];
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

export async function preloadEvening(
  cache: SurtitleCache,
  production: string,
  languages: string[],
): Promise<Record<string, number>> {
  const sheets = await Promise.all(languages.map((lang) => cache.get(production, lang)));
  const counts: Record<string, number> = {};
  for (const sheet of sheets) {
    counts[sheet.language] = sheet.cues.length;
  }
  return counts;
}

export function longestCue(sheet: CueSheet): Cue | undefined {
  return sheet.cues.reduce<Cue | undefined>(
    (longest, cue) => (!longest || cue.text.length > longest.text.length ? cue : longest),
    undefined,
  );
}
