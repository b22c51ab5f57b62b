// expect: no-promise-as-value
// gradeFor() became async when it started looking up the customer's spec, but buildCertificate still puts its result straight into the JSON body, so "grade" is serialised as {} (a Promise).
export interface AssayResult {
  sampleId: string;
  lot: string;
  naclPct: number;
  moisturePct: number;
  insolublesPct: number;
  iodineMgKg: number | null;
}

export type SaltGrade = 'food' | 'industrial' | 'de-icing' | 'reject';

interface CustomerSpec {
  minNaclPct: number;
  maxMoisturePct: number;
  requiresIodine: boolean;
}

declare const specs: { forCustomer(customerId: string): Promise<CustomerSpec | null> };
declare const lims: { publish(lot: string, body: string): Promise<{ certificateNo: string }> };

export async function gradeFor(result: AssayResult, customerId: string): Promise<SaltGrade> {
  const spec = await specs.forCustomer(customerId);
  const minNacl = spec?.minNaclPct ?? 97;
  const maxMoisture = spec?.maxMoisturePct ?? 0.5;

  if (spec?.requiresIodine && (result.iodineMgKg ?? 0) < 15) return 'reject';
  if (result.naclPct >= Math.max(minNacl, 99) && result.moisturePct <= maxMoisture) return 'food';
  if (result.naclPct >= minNacl) return 'industrial';
  if (result.naclPct >= 90 && result.insolublesPct < 5) return 'de-icing';
  return 'reject';
}

function round(value: number, dp = 2): number {
  const f = 10 ** dp;
  return Math.round(value * f) / f;
}

export async function buildCertificate(results: AssayResult[], customerId: string): Promise<string> {
  if (results.length === 0) throw new Error('no assay results for certificate');
  const lot = results[0].lot;
  if (results.some((r) => r.lot !== lot)) throw new Error('results span more than one lot');

  const mean = (pick: (r: AssayResult) => number) => round(results.reduce((s, r) => s + pick(r), 0) / results.length);
  const averaged: AssayResult = {
    sampleId: `${lot}-composite`,
    lot,
    naclPct: mean((r) => r.naclPct),
    moisturePct: mean((r) => r.moisturePct),
    insolublesPct: mean((r) => r.insolublesPct),
    iodineMgKg: results.every((r) => r.iodineMgKg !== null) ? mean((r) => r.iodineMgKg ?? 0) : null,
  };

  const body = JSON.stringify({
    lot,
    customerId,
    samples: results.map((r) => r.sampleId),
    composite: averaged,
    grade: gradeFor(averaged, customerId),
    issuedAt: new Date().toISOString(),
  });

  const { certificateNo } = await lims.publish(lot, body);
  return certificateNo;
}
