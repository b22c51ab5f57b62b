// expect: none
// Every scan promise pushed into the array is handed to Promise.allSettled with no await in between, and each result's status is checked before use.
export interface Seam {
  gore: number;
  lengthM: number;
  stitchType: 'lap-felled' | 'french' | 'flat';
}

export interface SeamScan {
  gore: number;
  porosityPct: number;
  brokenStitches: number;
}

export interface EnvelopeScanReport {
  envelopeId: string;
  airworthy: boolean;
  scanned: SeamScan[];
  unscanned: Array<{ gore: number; reason: string }>;
}

declare const seamScanner: {
  scan(envelopeId: string, gore: number, lengthM: number): Promise<SeamScan>;
};

declare const envelopes: {
  seams(envelopeId: string): Promise<Seam[]>;
  recordReport(report: EnvelopeScanReport): Promise<void>;
};

const MAX_POROSITY_PCT = 3.5;
const MAX_BROKEN_PER_METRE = 0.4;

function reasonOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export async function scanEnvelope(envelopeId: string, concurrency = 4): Promise<EnvelopeScanReport> {
  const seams = await envelopes.seams(envelopeId);
  const scanned: SeamScan[] = [];
  const unscanned: Array<{ gore: number; reason: string }> = [];

  for (let start = 0; start < seams.length; start += concurrency) {
    const batch = seams.slice(start, start + concurrency);
    const pending: Promise<SeamScan>[] = [];
    for (const seam of batch) {
      pending.push(seamScanner.scan(envelopeId, seam.gore, seam.lengthM));
    }

    const results = await Promise.allSettled(pending);
    results.forEach((result, i) => {
      const seam = batch[i]!;
      if (result.status === 'fulfilled') {
        scanned.push(result.value);
      } else {
        unscanned.push({ gore: seam.gore, reason: reasonOf(result.reason) });
      }
    });
  }

  const lengthByGore = new Map(seams.map((s) => [s.gore, s.lengthM]));
  const failing = scanned.filter((scan) => {
    const length = lengthByGore.get(scan.gore) ?? 1;
    return scan.porosityPct > MAX_POROSITY_PCT || scan.brokenStitches / length > MAX_BROKEN_PER_METRE;
  });

  const report: EnvelopeScanReport = {
    envelopeId,
    airworthy: failing.length === 0 && unscanned.length === 0,
    scanned,
    unscanned,
  };
  await envelopes.recordReport(report);
  return report;
}
