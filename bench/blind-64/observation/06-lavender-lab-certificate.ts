// expect: none
// The certificate request is started early but wrapped with .then(ok, err) at once, so the stored promise can never reject while the other awaits run.
export interface OilBatch {
  batchId: string;
  cultivar: 'angustifolia' | 'intermedia-grosso' | 'latifolia';
  litres: number;
  distilledOn: string;
}

export interface LabCertificate {
  batchId: string;
  linalylAcetatePct: number;
  linaloolPct: number;
  camphorPct: number;
  issuedOn: string;
}

export interface ReleaseDecision {
  batchId: string;
  release: boolean;
  grade: 'fine' | 'standard' | 'hold';
  notes: string[];
}

type CertOutcome = { ok: true; cert: LabCertificate } | { ok: false; error: unknown };

declare const lab: {
  fetchCertificate(batchId: string): Promise<LabCertificate>;
};

declare const batches: {
  get(batchId: string): Promise<OilBatch>;
  tankTemperatureLog(batchId: string): Promise<number[]>;
  recordDecision(decision: ReleaseDecision): Promise<void>;
};

const ISO_3515_LIMITS = {
  angustifolia: { linalylAcetate: [25, 47], linalool: [20, 45], camphorMax: 1.2 },
  'intermedia-grosso': { linalylAcetate: [28, 38], linalool: [24, 37], camphorMax: 9 },
  latifolia: { linalylAcetate: [0, 1.6], linalool: [23, 43], camphorMax: 15 },
} as const;

function within(value: number, [lo, hi]: readonly [number, number]): boolean {
  return value >= lo && value <= hi;
}

export async function decideRelease(batchId: string): Promise<ReleaseDecision> {
  const certOutcome: Promise<CertOutcome> = lab.fetchCertificate(batchId).then(
    (cert) => ({ ok: true, cert }),
    (error: unknown) => ({ ok: false, error }),
  );

  const batch = await batches.get(batchId);
  const temps = await batches.tankTemperatureLog(batchId);
  const notes: string[] = [];
  if (temps.some((t) => t > 28)) notes.push('storage tank exceeded 28C');

  const outcome = await certOutcome;
  if (!outcome.ok) {
    notes.push(`no lab certificate: ${String(outcome.error)}`);
    const decision: ReleaseDecision = { batchId, release: false, grade: 'hold', notes };
    await batches.recordDecision(decision);
    return decision;
  }

  const spec = ISO_3515_LIMITS[batch.cultivar];
  const { cert } = outcome;
  const inSpec =
    within(cert.linalylAcetatePct, spec.linalylAcetate) &&
    within(cert.linaloolPct, spec.linalool) &&
    cert.camphorPct <= spec.camphorMax;

  if (!inSpec) notes.push('composition outside ISO 3515/8902 range');
  const grade: ReleaseDecision['grade'] = !inSpec ? 'hold' : notes.length === 0 ? 'fine' : 'standard';
  const decision: ReleaseDecision = { batchId, release: grade !== 'hold', grade, notes };
  await batches.recordDecision(decision);
  return decision;
}
