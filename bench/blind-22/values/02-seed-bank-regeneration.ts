// expect: none
// Every fetch/json promise is awaited before its value is tested, interpolated or stringified into the request body.
declare const vaultAudit: { record(entry: unknown): Promise<void> };

export interface Accession {
  id: string;
  species: string;
  seedCount: number;
  storedAt: string;
}

export interface GerminationTest {
  accessionId: string;
  testedOn: string;
  rate: number;
}

const MIN_SEEDS_ON_HAND = 1500;

export class SeedBankClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  private async getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
    const res = await fetch(new URL(path, this.baseUrl), {
      headers: { authorization: `Bearer ${this.token}`, accept: 'application/json' },
      signal,
    });
    if (!res.ok) throw new Error(`seed bank returned ${res.status} for ${path}`);
    return (await res.json()) as T;
  }

  accession(id: string, signal?: AbortSignal): Promise<Accession> {
    return this.getJson<Accession>(`/accessions/${encodeURIComponent(id)}`, signal);
  }

  async latestGermination(id: string, signal?: AbortSignal): Promise<GerminationTest | null> {
    const tests = await this.getJson<GerminationTest[]>(`/accessions/${encodeURIComponent(id)}/germination-tests?limit=1`, signal);
    return tests[0] ?? null;
  }

  async scheduleRegeneration(ids: string[], minRate: number): Promise<string | null> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 15_000);
    try {
      const due: Accession[] = [];
      for (const id of ids) {
        const acc = await this.accession(id, controller.signal);
        const latest = await this.latestGermination(id, controller.signal);
        if (!latest) {
          console.warn(`accession ${acc.id} (${acc.species}) has never been tested`);
          continue;
        }
        if (latest.rate < minRate || acc.seedCount < MIN_SEEDS_ON_HAND) due.push(acc);
      }
      if (due.length === 0) return null;

      const res = await fetch(new URL('/regeneration-batches', this.baseUrl), {
        method: 'POST',
        headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          accessions: due.map((a) => a.id),
          requestedAt: new Date().toISOString(),
        }),
        signal: controller.signal,
      });
      if (!res.ok) throw new Error(`could not create regeneration batch: ${res.status}`);
      const batch = (await res.json()) as { batchId: string };

      await vaultAudit.record({ kind: 'regeneration', batchId: batch.batchId, count: due.length });
      console.info(`queued ${due.length} accessions for regeneration in batch ${batch.batchId}`);
      return batch.batchId;
    } finally {
      clearTimeout(timer);
    }
  }
}
