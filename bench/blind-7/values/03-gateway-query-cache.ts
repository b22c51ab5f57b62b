// expect: no-promise-as-value
// hashVariables() is async, so the cache key interpolates a pending Promise and becomes "<op>:[object Promise]" for every variable set; the second query of an operation gets the first caller's cached data.
declare const upstream: {
  execute(
    operation: string,
    variables: Record<string, unknown>,
    opts: { signal?: AbortSignal; headers?: Record<string, string> },
  ): Promise<{ data: unknown; cacheControl?: { maxAge: number } }>;
};
declare const metrics: { increment(name: string, tags?: Record<string, string>): void };

interface CacheEntry {
  data: unknown;
  expiresAt: number;
}

const encoder = new TextEncoder();

function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
}

async function hashVariables(variables: Record<string, unknown>): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', encoder.encode(stableStringify(variables)));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export class PersistedQueryCache {
  private readonly entries = new Map<string, CacheEntry>();

  constructor(private readonly maxEntries = 2_000) {}

  async run(operation: string, variables: Record<string, unknown>, signal: AbortSignal): Promise<unknown> {
    const key = `${operation}:${hashVariables(variables)}`;
    const hit = this.entries.get(key);
    if (hit && hit.expiresAt > Date.now()) {
      metrics.increment('gateway.cache.hit', { operation });
      return hit.data;
    }

    metrics.increment('gateway.cache.miss', { operation });
    const result = await upstream.execute(operation, variables, { signal });
    const maxAge = result.cacheControl?.maxAge ?? 0;
    if (maxAge > 0) {
      if (this.entries.size >= this.maxEntries) {
        const oldest = this.entries.keys().next();
        if (!oldest.done) this.entries.delete(oldest.value);
      }
      this.entries.set(key, { data: result.data, expiresAt: Date.now() + maxAge * 1000 });
    }
    return result.data;
  }
}
