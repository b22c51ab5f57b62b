// expect: none
// Correct: every specimen lookup is awaited before being serialized; the in-flight map deliberately stores promises that callers await.
import { createHash } from "node:crypto";

interface Specimen {
  accession: string;
  taxon: string;
  collector: string;
  collectedOn: string;
  imageUrls: string[];
}

interface SyncResult {
  accession: string;
  checksum: string;
  uploaded: boolean;
}

declare const gbifPortal: {
  publish(body: string, headers: Record<string, string>): Promise<{ status: number }>;
};

declare const catalogue: {
  load(accession: string): Promise<Specimen | undefined>;
};

export class HerbariumSync {
  private readonly inflight = new Map<string, Promise<Specimen | undefined>>();
  private readonly log: string[] = [];

  constructor(private readonly institutionCode: string) {}

  // Several sheets from the same folder often reference one accession,
  // so share the catalogue request between them.
  private fetchSpecimen(accession: string): Promise<Specimen | undefined> {
    const pending = this.inflight.get(accession) ?? catalogue.load(accession);
    if (!this.inflight.has(accession)) {
      this.inflight.set(accession, pending);
      pending.finally(() => this.inflight.delete(accession)).catch(() => undefined);
    }
    return pending;
  }

  async syncOne(accession: string): Promise<SyncResult> {
    const specimen = await this.fetchSpecimen(accession);
    if (!specimen) {
      this.log.push(`skipped ${accession}: not in catalogue`);
      return { accession, checksum: "", uploaded: false };
    }

    const body = JSON.stringify({
      institution: this.institutionCode,
      occurrenceID: `${this.institutionCode}:${specimen.accession}`,
      scientificName: specimen.taxon,
      recordedBy: specimen.collector,
      eventDate: specimen.collectedOn,
      associatedMedia: specimen.imageUrls.join(" | "),
    });
    const checksum = createHash("sha256").update(body).digest("hex");

    const response = await gbifPortal.publish(body, {
      "content-type": "application/json",
      "x-checksum": checksum,
    });
    const uploaded = response.status >= 200 && response.status < 300;
    this.log.push(`${specimen.accession} (${specimen.taxon}) -> ${response.status}`);
    return { accession, checksum, uploaded };
  }

  async syncBatch(accessions: string[], concurrency = 4): Promise<SyncResult[]> {
    const results: SyncResult[] = [];
    const queue = [...accessions];
    const workers = Array.from({ length: concurrency }, async () => {
      while (queue.length > 0) {
        const next = queue.shift();
        if (next === undefined) break;
        results.push(await this.syncOne(next));
      }
    });
    await Promise.all(workers);
    return results;
  }

  drainLog(): string[] {
    return this.log.splice(0, this.log.length);
  }
}
