// expect: none
// allSettled results are walked by status and every rejected lab lookup is recorded and returned to the caller.
export interface ViabilityReport {
  accession: string;
  germinationPct: number;
  testedOn: string;
  sampleSize: number;
}

export interface RefreshSummary {
  updated: number;
  belowThreshold: string[];
  failed: Array<{ accession: string; reason: string }>;
}

declare const germinationLab: {
  fetchViability(accession: string): Promise<ViabilityReport>;
};

declare const catalogue: {
  updateViability(accession: string, pct: number, testedOn: Date): Promise<void>;
  flagForRegeneration(accessions: string[]): Promise<void>;
};

const REGENERATION_THRESHOLD = 85;
const LAB_BATCH_SIZE = 20;

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

function describeError(err: unknown): string {
  if (err instanceof Error) return `${err.name}: ${err.message}`;
  return String(err);
}

export async function refreshViability(accessions: readonly string[]): Promise<RefreshSummary> {
  const summary: RefreshSummary = { updated: 0, belowThreshold: [], failed: [] };

  // The lab API throttles hard above ~20 concurrent requests.
  for (const batch of chunk(accessions, LAB_BATCH_SIZE)) {
    const results = await Promise.allSettled(batch.map((accession) => germinationLab.fetchViability(accession)));

    const reports: ViabilityReport[] = [];
    results.forEach((result, i) => {
      if (result.status === 'rejected') {
        summary.failed.push({ accession: batch[i], reason: describeError(result.reason) });
        return;
      }
      reports.push(result.value);
    });

    await Promise.all(reports.map((r) => catalogue.updateViability(r.accession, r.germinationPct, new Date(r.testedOn))));
    summary.updated += reports.length;

    for (const r of reports) {
      if (r.sampleSize >= 50 && r.germinationPct < REGENERATION_THRESHOLD) {
        summary.belowThreshold.push(r.accession);
      }
    }
  }

  if (summary.belowThreshold.length > 0) {
    await catalogue.flagForRegeneration(summary.belowThreshold);
  }
  if (summary.failed.length > 0) {
    console.warn(`viability refresh: ${summary.failed.length}/${accessions.length} lookups failed`, summary.failed.slice(0, 5));
  }
  return summary;
}
