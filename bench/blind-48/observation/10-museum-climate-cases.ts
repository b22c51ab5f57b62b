// expect: none
// Correct: the early-started reading joins Promise.all immediately, and every allSettled result is narrowed on status before its value or reason is used.
export interface CaseReading {
  caseId: string;
  rh: number;
  tempC: number;
}

export interface GalleryReport {
  gallery: string;
  ambient: CaseReading;
  cases: CaseReading[];
  unreachable: Array<{ caseId: string; reason: string }>;
}

declare const climateApi: {
  readCase(caseId: string): Promise<CaseReading>;
  readAmbient(gallery: string): Promise<CaseReading>;
  silicaGelAge(caseId: string): Promise<number>;
};

declare const registrar: {
  casesIn(gallery: string): Promise<string[]>;
};

const MAX_GEL_AGE_DAYS = 120;

export async function galleryReport(gallery: string): Promise<GalleryReport> {
  const ambientReading = climateApi.readAmbient(gallery);
  const [ambient, caseIds] = await Promise.all([ambientReading, registrar.casesIn(gallery)]);

  const settled = await Promise.allSettled(caseIds.map((id) => climateApi.readCase(id)));
  const cases: CaseReading[] = [];
  const unreachable: GalleryReport['unreachable'] = [];
  settled.forEach((result, i) => {
    if (result.status === 'fulfilled') {
      cases.push(result.value);
    } else {
      const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
      unreachable.push({ caseId: caseIds[i], reason });
    }
  });

  return { gallery, ambient, cases, unreachable };
}

export async function gelReplacementList(caseIds: string[]): Promise<string[]> {
  const ages = await Promise.allSettled(caseIds.map((id) => climateApi.silicaGelAge(id)));
  return caseIds.filter((_, i) => {
    const age = ages[i];
    return age.status === 'rejected' || age.value > MAX_GEL_AGE_DAYS;
  });
}

export function worstDeviation(report: GalleryReport): CaseReading | undefined {
  let worst: CaseReading | undefined;
  let worstDelta = -Infinity;
  for (const reading of report.cases) {
    const delta = Math.abs(reading.rh - report.ambient.rh) + Math.abs(reading.tempC - report.ambient.tempC);
    if (delta > worstDelta) {
      worst = reading;
      worstDelta = delta;
    }
  }
  return worst;
}
