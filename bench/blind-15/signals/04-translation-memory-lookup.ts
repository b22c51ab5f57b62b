// expect: no-swallowed-abort
// lookup() catches every fetch failure, including the AbortError from the caller's signal, moves on to the next replica and finally returns [] as if there were simply no matches.
export interface TmSegment {
  sourceLang: string;
  targetLang: string;
  text: string;
  domain?: string;
}

export interface TmMatch {
  source: string;
  target: string;
  score: number;
  origin: 'exact' | 'fuzzy' | 'context';
  lastUsed: string;
}

export interface TmLogger {
  debug(msg: string, meta?: Record<string, unknown>): void;
  warn(msg: string, meta?: Record<string, unknown>): void;
}

export class TmRequestRejected extends Error {
  constructor(
    readonly status: number,
    detail: string,
  ) {
    super(`Translation memory rejected the request (${status}): ${detail}`);
    this.name = 'TmRequestRejected';
  }
}

export class TranslationMemoryClient {
  constructor(
    private readonly replicas: string[],
    private readonly token: string,
    private readonly log: TmLogger,
    private readonly minScore = 0.72,
  ) {}

  async lookup(segment: TmSegment, opts: { signal: AbortSignal; limit?: number }): Promise<TmMatch[]> {
    const body = JSON.stringify({
      src: segment.sourceLang,
      tgt: segment.targetLang,
      q: segment.text,
      domain: segment.domain ?? 'general',
      limit: opts.limit ?? 5,
    });

    let lastError: unknown;
    for (const replica of this.replicas) {
      try {
        const res = await fetch(`${replica}/tm/v1/search`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Token ${this.token}` },
          body,
          signal: opts.signal,
        });
        if (res.status >= 400 && res.status < 500) {
          throw new TmRequestRejected(res.status, await res.text());
        }
        if (!res.ok) {
          lastError = new Error(`replica ${replica} answered ${res.status}`);
          continue;
        }
        const { matches } = (await res.json()) as { matches: TmMatch[] };
        return matches.filter((m) => m.score >= this.minScore).sort((a, b) => b.score - a.score);
      } catch (err) {
        if (err instanceof TmRequestRejected) throw err;
        lastError = err;
        this.log.debug('tm replica failed, trying next', { replica, error: String(err) });
      }
    }

    // Suggestions are best-effort: translators can still work without them.
    this.log.warn('translation memory unavailable, continuing without matches', {
      replicas: this.replicas.length,
      error: String(lastError),
    });
    return [];
  }

  async pretranslate(segments: TmSegment[], signal: AbortSignal): Promise<Map<string, TmMatch | undefined>> {
    const out = new Map<string, TmMatch | undefined>();
    for (const seg of segments) {
      const [best] = await this.lookup(seg, { signal, limit: 1 });
      out.set(seg.text, best?.origin === 'exact' ? best : undefined);
    }
    return out;
  }
}
