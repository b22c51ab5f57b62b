// expect: none
// Every Promise.allSettled result is inspected: rejected submissions are collected with their reason, logged and returned to the caller for resubmission instead of being counted as accepted.
export interface ShellfishSample {
  sampleId: string;
  bed: string;
  collectedAt: Date;
  vibrioCfuPerG: number | null;
  noroPcrCt: number | null;
}

export interface LabReceipt {
  sampleId: string;
  labRef: string;
  expectedResultsBy: Date;
}

export interface StateLab {
  submit(sample: ShellfishSample): Promise<LabReceipt>;
}

export interface Logger {
  info(msg: string): void;
  warn(msg: string): void;
}

export interface SubmissionOutcome {
  accepted: LabReceipt[];
  failed: Array<{ sample: ShellfishSample; reason: string }>;
}

function describeError(reason: unknown): string {
  if (reason instanceof Error) return reason.message;
  return typeof reason === 'string' ? reason : JSON.stringify(reason);
}

export async function submitBatch(lab: StateLab, samples: ShellfishSample[], log: Logger): Promise<SubmissionOutcome> {
  const fresh = samples.filter((s) => Date.now() - s.collectedAt.getTime() < 24 * 3_600_000);
  if (fresh.length < samples.length) {
    log.warn(`${samples.length - fresh.length} samples older than 24h were not submitted`);
  }

  const results = await Promise.allSettled(fresh.map((s) => lab.submit(s)));

  const outcome: SubmissionOutcome = { accepted: [], failed: [] };
  results.forEach((result, i) => {
    const sample = fresh[i];
    if (result.status === 'fulfilled') {
      outcome.accepted.push(result.value);
    } else {
      outcome.failed.push({ sample, reason: describeError(result.reason) });
    }
  });

  for (const f of outcome.failed) {
    log.warn(`lab rejected ${f.sample.sampleId} from ${f.sample.bed}: ${f.reason}`);
  }
  log.info(`submitted ${outcome.accepted.length}/${fresh.length} samples`);
  return outcome;
}

export function bedsAwaitingResults(outcome: SubmissionOutcome, samples: ShellfishSample[]): string[] {
  const accepted = new Set(outcome.accepted.map((r) => r.sampleId));
  const beds = new Set<string>();
  for (const s of samples) {
    if (accepted.has(s.sampleId)) beds.add(s.bed);
  }
  return [...beds].sort();
}
