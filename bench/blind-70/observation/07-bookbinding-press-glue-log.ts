// expect: none
// correct: the optional metrics push is deliberately fire-and-forget but has a rejection handler attached at once; the glue-log writes are validated first, then all awaited together.
export interface GlueApplication {
  bookId: string;
  spineMm: number;
  adhesive: 'eva-hotmelt' | 'pur' | 'animal';
  potCelsius: number;
  grams: number;
}

declare const qualityDb: {
  insertGlueRecord(record: GlueApplication & { shift: string }): Promise<void>;
};

declare const metricsGateway: {
  push(metric: string, value: number, tags: Record<string, string>): Promise<void>;
};

declare const logger: {
  warn(message: string, meta?: Record<string, unknown>): void;
};

const POT_WINDOWS: Record<GlueApplication['adhesive'], [number, number]> = {
  'eva-hotmelt': [160, 190],
  pur: [120, 140],
  animal: [55, 65],
};

export function validateApplication(app: GlueApplication): string | undefined {
  const [min, max] = POT_WINDOWS[app.adhesive];
  if (app.potCelsius < min || app.potCelsius > max) {
    return `${app.bookId}: pot at ${app.potCelsius}°C outside ${min}–${max}°C for ${app.adhesive}`;
  }
  const expectedGrams = app.spineMm * 0.9;
  if (Math.abs(app.grams - expectedGrams) / expectedGrams > 0.35) {
    return `${app.bookId}: ${app.grams} g of glue for a ${app.spineMm} mm spine`;
  }
  return undefined;
}

function reportThroughput(shift: string, count: number): void {
  metricsGateway
    .push('bindery.glue.applications', count, { shift })
    .catch((err: unknown) => logger.warn('metrics push failed', { err: String(err) }));
}

export async function logShift(shift: string, applications: GlueApplication[]): Promise<{ stored: number; rejected: string[] }> {
  const rejected: string[] = [];
  const accepted: GlueApplication[] = [];
  for (const app of applications) {
    const problem = validateApplication(app);
    if (problem) {
      rejected.push(problem);
    } else {
      accepted.push(app);
    }
  }

  const writes: Promise<void>[] = [];
  for (const app of accepted) {
    writes.push(qualityDb.insertGlueRecord({ ...app, shift }));
  }
  await Promise.all(writes);

  reportThroughput(shift, accepted.length);
  return { stored: accepted.length, rejected };
}
