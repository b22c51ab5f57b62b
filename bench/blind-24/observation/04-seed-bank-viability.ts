// expect: none
// allSettled results are walked and every rejected entry's reason is recorded and surfaced to the caller.
import { createHash } from 'node:crypto';

export interface Accession {
  accessionId: string;
  species: string;
  vaultDrawer: string;
  storedSince: string;
}

export interface GerminationResult {
  accessionId: string;
  sown: number;
  germinated: number;
}

export interface ViabilityReport {
  batchId: string;
  checked: GerminationResult[];
  failed: { accessionId: string; reason: string }[];
  needsRegeneration: string[];
}

declare const labQueue: {
  germinationTest(accessionId: string, seeds: number): Promise<GerminationResult>;
};

declare const auditTrail: {
  record(event: string, details: Record<string, unknown>): void;
};

const SEEDS_PER_TEST = 50;
const REGENERATION_THRESHOLD = 0.85;

function batchIdFor(accessions: readonly Accession[]): string {
  const hash = createHash('sha1');
  for (const a of accessions) hash.update(a.accessionId);
  return hash.digest('hex').slice(0, 12);
}

function describe(reason: unknown): string {
  if (reason instanceof Error) return reason.message;
  return String(reason);
}

export async function runViabilityBatch(accessions: readonly Accession[]): Promise<ViabilityReport> {
  const batchId = batchIdFor(accessions);
  const settled = await Promise.allSettled(
    accessions.map((a) => labQueue.germinationTest(a.accessionId, SEEDS_PER_TEST)),
  );

  const report: ViabilityReport = { batchId, checked: [], failed: [], needsRegeneration: [] };

  settled.forEach((outcome, i) => {
    const accession = accessions[i];
    if (outcome.status === 'rejected') {
      const reason = describe(outcome.reason);
      report.failed.push({ accessionId: accession.accessionId, reason });
      auditTrail.record('germination-test-failed', { batchId, accessionId: accession.accessionId, reason });
      return;
    }

    const result = outcome.value;
    report.checked.push(result);
    if (result.germinated / result.sown < REGENERATION_THRESHOLD) {
      report.needsRegeneration.push(result.accessionId);
    }
  });

  if (report.checked.length === 0 && report.failed.length > 0) {
    throw new Error(`Viability batch ${batchId}: all ${report.failed.length} tests failed`);
  }
  return report;
}
