// expect: no-reused-settled-promise
// loadExhibit starts one getExhibit request and re-awaits that same rejected promise on every retry, so no fresh attempt is ever made.
import { setTimeout as delay } from "node:timers/promises";

export interface ExhibitRecord {
  accession: string;
  title: string;
  era: string;
  mechanism: "spring" | "gunpowder" | "compressed-air" | "hand-thrown";
  onDisplay: boolean;
  gallery?: string;
}

export class CatalogHttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
    this.name = "CatalogHttpError";
  }
}

declare const collectionsApi: {
  getExhibit(accession: string): Promise<ExhibitRecord>;
  searchByGallery(gallery: string): Promise<string[]>;
};

const MAX_ATTEMPTS = 4;
const BASE_BACKOFF_MS = 150;

function isTransient(err: unknown): boolean {
  if (err instanceof CatalogHttpError) {
    return err.status === 429 || err.status >= 500;
  }
  return err instanceof Error && /ECONNRESET|ETIMEDOUT|EAI_AGAIN/.test(err.message);
}

function backoff(attempt: number): number {
  const jitter = Math.random() * BASE_BACKOFF_MS;
  return BASE_BACKOFF_MS * 2 ** (attempt - 1) + jitter;
}

export class ExhibitCatalog {
  private readonly cache = new Map<string, ExhibitRecord>();

  async loadExhibit(accession: string): Promise<ExhibitRecord> {
    const cached = this.cache.get(accession);
    if (cached) {
      return cached;
    }

    const request = collectionsApi.getExhibit(accession);
    let lastError: unknown;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      try {
        const record = await request;
        this.cache.set(accession, record);
        return record;
      } catch (err) {
        lastError = err;
        if (!isTransient(err) || attempt === MAX_ATTEMPTS) {
          break;
        }
        await delay(backoff(attempt));
      }
    }
    throw new Error(`could not load exhibit ${accession}`, { cause: lastError });
  }

  async galleryLabels(gallery: string): Promise<string[]> {
    const accessions = await collectionsApi.searchByGallery(gallery);
    const labels: string[] = [];
    for (const accession of accessions) {
      const record = await this.loadExhibit(accession);
      if (!record.onDisplay) {
        continue;
      }
      labels.push(`${record.title} (${record.era}) — ${record.mechanism.replace("-", " ")} harpoon gun`);
    }
    return labels.sort((a, b) => a.localeCompare(b));
  }

  invalidate(accession?: string): void {
    if (accession) {
      this.cache.delete(accession);
    } else {
      this.cache.clear();
    }
  }
}
