// expect: none
// Network and parse failures fall back to the bundled defaults, but an abort is recognised and rethrown, so a cancelled bootstrap stays cancelled.
export type FlagValue = boolean | string | number;
export type FlagSet = Record<string, FlagValue>;

export interface FlagClientConfig {
  endpoint: string;
  sdkKey: string;
  defaults: FlagSet;
  onFallback?: (reason: unknown) => void;
}

function isAbortError(err: unknown): boolean {
  return (err instanceof DOMException || err instanceof Error) && err.name === 'AbortError';
}

export class FlagClient {
  private flags: FlagSet;
  private etag: string | undefined;

  constructor(private readonly config: FlagClientConfig) {
    this.flags = { ...config.defaults };
  }

  async bootstrap(userKey: string, signal?: AbortSignal): Promise<FlagSet> {
    const url = new URL('/v2/evaluate', this.config.endpoint);
    url.searchParams.set('user', userKey);

    try {
      const res = await fetch(url, {
        signal,
        headers: {
          authorization: this.config.sdkKey,
          ...(this.etag ? { 'if-none-match': this.etag } : {}),
        },
      });
      if (res.status === 304) return this.flags;
      if (!res.ok) throw new Error(`flag service returned ${res.status}`);
      const body = (await res.json()) as { flags: FlagSet };
      this.etag = res.headers.get('etag') ?? undefined;
      this.flags = { ...this.config.defaults, ...body.flags };
    } catch (err) {
      if (signal?.aborted || isAbortError(err)) throw err;
      this.config.onFallback?.(err);
      this.flags = { ...this.config.defaults };
    }
    return this.flags;
  }

  get<T extends FlagValue>(key: string, fallback: T): T {
    const value = this.flags[key];
    return typeof value === typeof fallback ? (value as T) : fallback;
  }
}
