// expect: no-unchecked-settled-results
// tuningPass uses allSettled but reads .value through a cast without checking status, so a failed stand becomes undefined and then a TypeError.
export type Section = 'violin-1' | 'violin-2' | 'viola' | 'cello' | 'bass' | 'woodwind' | 'brass';

export interface StandReading {
  standId: string;
  section: Section;
  pitchHz: number;
  centsFromA: number;
}

export interface TuningReport {
  referenceHz: number;
  outOfTolerance: StandReading[];
  sectionSpread: Partial<Record<Section, number>>;
}

declare const standMics: {
  list(rehearsalId: string): Promise<Array<{ standId: string; section: Section }>>;
  capture(standId: string, seconds: number): Promise<{ pitchHz: number }>;
};
declare const concertmaster: {
  referencePitch(rehearsalId: string): Promise<number>;
};

function cents(freq: number, reference: number): number {
  return 1200 * Math.log2(freq / reference);
}

export async function tuningPass(rehearsalId: string, toleranceCents = 4): Promise<TuningReport> {
  const referenceHz = await concertmaster.referencePitch(rehearsalId);
  const stands = await standMics.list(rehearsalId);

  const results = await Promise.allSettled(
    stands.map(async (stand) => {
      const { pitchHz } = await standMics.capture(stand.standId, 3);
      const reading: StandReading = {
        standId: stand.standId,
        section: stand.section,
        pitchHz,
        centsFromA: cents(pitchHz, referenceHz),
      };
      return reading;
    }),
  );

  const readings = results.map((r) => (r as PromiseFulfilledResult<StandReading>).value);

  const outOfTolerance = readings
    .filter((r) => Math.abs(r.centsFromA) > toleranceCents)
    .sort((a, b) => Math.abs(b.centsFromA) - Math.abs(a.centsFromA));

  const bySection = new Map<Section, number[]>();
  for (const r of readings) {
    const list = bySection.get(r.section) ?? [];
    list.push(r.centsFromA);
    bySection.set(r.section, list);
  }
  const sectionSpread: Partial<Record<Section, number>> = {};
  for (const [section, values] of bySection) {
    sectionSpread[section] = Math.max(...values) - Math.min(...values);
  }

  return { referenceHz, outOfTolerance, sectionSpread };
}

export function tuningAnnouncement(report: TuningReport): string {
  if (report.outOfTolerance.length === 0) {
    return `All stands within tolerance of A=${report.referenceHz.toFixed(1)} Hz.`;
  }
  const lines = report.outOfTolerance.map(
    (r) => `${r.standId} (${r.section}) ${r.centsFromA > 0 ? 'sharp' : 'flat'} by ${Math.abs(r.centsFromA).toFixed(1)}c`,
  );
  return [`Retune against A=${report.referenceHz.toFixed(1)} Hz:`, ...lines].join('\n');
}
