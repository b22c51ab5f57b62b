// expect: no-swallowed-abort
// A caller abort is treated like a per-endpoint timeout: the loop moves on to the next endpoint and finally throws a generic FlagFetchError, which refresh() turns into the cached snapshot.

export interface FlagRule {
  attribute: string;
  op: 'eq' | 'in' | 'pct';
  value: string | string[] | number;
}

export interface FlagDefinition {
  key: string;
  enabled: boolean;
  rules: FlagRule[];
  variant?: string;
}

export interface FlagSnapshot {
  version: number;
  fetchedAt: number;
  flags: Map<string, FlagDefinition>;
}

export class FlagFetchError extends Error {
  override name = 'FlagFetchError';
}

export interface LoadOptions {
  signal: AbortSignal;
  perAttemptMs?: number;
}

export async function loadFlags(
  endpoints: string[],
  environment: string,
  sdkKey: string,
  { signal, perAttemptMs = 2_000 }: LoadOptions,
): Promise<FlagSnapshot> {
  const failures: string[] = [];

  for (const endpoint of endpoints) {
    try {
      const res = await fetch(`${endpoint}/v2/flags?env=${encodeURIComponent(environment)}`, {
        headers: { authorization: `Bearer ${sdkKey}`, accept: 'application/json' },
        signal: AbortSignal.any([signal, AbortSignal.timeout(perAttemptMs)]),
      });
      if (!res.ok) {
        failures.push(`${endpoint}: HTTP ${res.status}`);
        continue;
      }
      const body = (await res.json()) as { version: number; flags: FlagDefinition[] };
      return {
        version: body.version,
        fetchedAt: Date.now(),
        flags: new Map(body.flags.map((f) => [f.key, f])),
      };
    } catch (err) {
      failures.push(`${endpoint}: ${(err as Error).name} ${(err as Error).message}`);
    }
  }

  throw new FlagFetchError(`no flag endpoint reachable (${failures.join('; ')})`);
}

export class FlagClient {
  private snapshot: FlagSnapshot | null = null;

  constructor(
    private readonly endpoints: string[],
    private readonly environment: string,
    private readonly sdkKey: string,
  ) {}

  async refresh(signal: AbortSignal): Promise<FlagSnapshot | null> {
    try {
      const next = await loadFlags(this.endpoints, this.environment, this.sdkKey, { signal });
      if (!this.snapshot || next.version >= this.snapshot.version) this.snapshot = next;
    } catch (err) {
      if (!(err instanceof FlagFetchError) || !this.snapshot) throw err;
      // keep serving the last good snapshot while the edge is unreachable
    }
    return this.snapshot;
  }

  isEnabled(key: string, attrs: Record<string, string>): boolean {
    const flag = this.snapshot?.flags.get(key);
    if (!flag?.enabled) return false;
    return flag.rules.every((rule) => {
      const actual = attrs[rule.attribute];
      if (rule.op === 'eq') return actual === rule.value;
      if (rule.op === 'in') return Array.isArray(rule.value) && rule.value.includes(actual);
      return hashPercent(`${key}:${actual}`) < Number(rule.value);
    });
  }
}

function hashPercent(input: string): number {
  let h = 2166136261;
  for (let i = 0; i < input.length; i++) h = Math.imul(h ^ input.charCodeAt(i), 16777619);
  return (h >>> 0) % 100;
}
