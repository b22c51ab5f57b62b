// expect: no-leaked-race
// fetchEphemeris races each mirror fetch against a timeout but never clears the timer nor aborts the losing mirror requests.
export interface TleSet {
  noradId: number;
  line1: string;
  line2: string;
  epoch: string;
  source: string;
}

export interface EphemerisMirror {
  name: string;
  baseUrl: string;
}

export class EphemerisTimeoutError extends Error {
  constructor(readonly noradId: number, readonly ms: number) {
    super(`no mirror answered for NORAD ${noradId} within ${ms}ms`);
    this.name = "EphemerisTimeoutError";
  }
}

function parseTle(noradId: number, text: string, source: string): TleSet {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const l1 = lines.find((l) => l.startsWith("1 "));
  const l2 = lines.find((l) => l.startsWith("2 "));
  if (!l1 || !l2) {
    throw new Error(`malformed TLE from ${source} for ${noradId}`);
  }
  const yy = Number(l1.slice(18, 20));
  const day = Number(l1.slice(20, 32));
  const year = yy < 57 ? 2000 + yy : 1900 + yy;
  const epoch = new Date(Date.UTC(year, 0, 1) + (day - 1) * 86_400_000).toISOString();
  return { noradId, line1: l1, line2: l2, epoch, source };
}

export class EphemerisClient {
  private readonly cache = new Map<number, TleSet>();

  constructor(
    private readonly mirrors: EphemerisMirror[],
    private readonly timeoutMs = 4000,
  ) {}

  private async fromMirror(mirror: EphemerisMirror, noradId: number): Promise<TleSet> {
    const res = await fetch(`${mirror.baseUrl}/tle?catnr=${noradId}`, {
      headers: { accept: "text/plain" },
    });
    if (!res.ok) {
      throw new Error(`${mirror.name} responded ${res.status}`);
    }
    return parseTle(noradId, await res.text(), mirror.name);
  }

  async fetchEphemeris(noradId: number): Promise<TleSet> {
    const cached = this.cache.get(noradId);
    if (cached && Date.now() - Date.parse(cached.epoch) < 6 * 3_600_000) {
      return cached;
    }

    const timeout = new Promise<never>((_, reject) => {
      setTimeout(() => reject(new EphemerisTimeoutError(noradId, this.timeoutMs)), this.timeoutMs);
    });

    // First mirror with a parseable set wins; a slow mirror should not hold up the pass schedule
    const tle = await Promise.race([
      Promise.any(this.mirrors.map((m) => this.fromMirror(m, noradId))),
      timeout,
    ]);

    this.cache.set(noradId, tle);
    return tle;
  }

  async refreshPassList(noradIds: number[]): Promise<Map<number, TleSet | Error>> {
    const out = new Map<number, TleSet | Error>();
    for (const id of noradIds) {
      try {
        out.set(id, await this.fetchEphemeris(id));
      } catch (err) {
        out.set(id, err instanceof Error ? err : new Error(String(err)));
      }
    }
    return out;
  }
}
