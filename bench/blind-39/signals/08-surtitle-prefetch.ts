// expect: no-swallowed-abort
// The catch-all fallback also catches the AbortError from a cancelled prefetch and returns stale cached cues as if the request had succeeded.
export interface Cue {
  id: string;
  atMs: number;
  text: string;
}

export interface CueBundle {
  production: string;
  language: string;
  act: number;
  cues: Cue[];
  stale: boolean;
}

declare const surtitleCdn: string;

declare const cueCache: {
  get(key: string): CueBundle | undefined;
  set(key: string, bundle: CueBundle): void;
};

declare const telemetry: {
  count(name: string, tags?: Record<string, string>): void;
};

function cacheKey(production: string, language: string, act: number): string {
  return `${production}:${language}:${act}`;
}

function validateCues(cues: Cue[]): Cue[] {
  const seen = new Set<string>();
  return cues
    .filter((c) => {
      if (seen.has(c.id) || c.text.trim() === '') return false;
      seen.add(c.id);
      return true;
    })
    .sort((a, b) => a.atMs - b.atMs);
}

export async function loadActCues(
  production: string,
  language: string,
  act: number,
  signal: AbortSignal,
): Promise<CueBundle> {
  const key = cacheKey(production, language, act);
  const url = `${surtitleCdn}/${encodeURIComponent(production)}/${language}/act-${act}.json`;

  try {
    const res = await fetch(url, { signal, headers: { accept: 'application/json' } });
    if (!res.ok) throw new Error(`cue CDN answered ${res.status}`);
    const cues = validateCues((await res.json()) as Cue[]);
    const bundle: CueBundle = { production, language, act, cues, stale: false };
    cueCache.set(key, bundle);
    return bundle;
  } catch (err) {
    telemetry.count('surtitles.fallback', { language, reason: err instanceof Error ? err.name : 'unknown' });
    const cached = cueCache.get(key);
    if (cached) return { ...cached, stale: true };
    return { production, language, act, cues: [], stale: true };
  }
}

export class ActPrefetcher {
  private controller: AbortController | undefined;

  constructor(private readonly production: string, private readonly language: string) {}

  async prefetchNext(currentAct: number): Promise<CueBundle> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    return loadActCues(this.production, this.language, currentAct + 1, controller.signal);
  }

  cancel(): void {
    this.controller?.abort();
    this.controller = undefined;
  }
}

export function cueAt(bundle: CueBundle, elapsedMs: number): Cue | undefined {
  let current: Cue | undefined;
  for (const cue of bundle.cues) {
    if (cue.atMs > elapsedMs) break;
    current = cue;
  }
  return current;
}
