// expect: no-unchecked-settled-results
// The allSettled results are cast to PromiseFulfilledResult and .value is read with no status check, so one offline anemometer gives undefined and a crash on reading .knots.
interface WindReading {
  millId: string;
  knots: number;
  gustKnots: number;
  bearingDeg: number;
  takenAt: string;
}

interface Mill {
  id: string;
  name: string;
  sails: 'common' | 'spring' | 'patent';
  maxSafeKnots: number;
}

declare const anemometers: {
  read(millId: string): Promise<WindReading>;
};

declare const millDirectory: {
  activeMills(county: string): Promise<Mill[]>;
};

export type SailAdvice = 'full-cloth' | 'reef' | 'furl' | 'brake';

export function adviseSails(mill: Mill, reading: WindReading): SailAdvice {
  const limit = mill.maxSafeKnots;
  if (reading.gustKnots >= limit) return 'brake';
  if (reading.knots >= limit * 0.8) return 'furl';
  if (reading.knots >= limit * 0.55 || (mill.sails === 'common' && reading.gustKnots > limit * 0.7)) return 'reef';
  return 'full-cloth';
}

export interface CountyWindSurvey {
  county: string;
  advice: Array<{ mill: string; advice: SailAdvice; knots: number }>;
  strongest: string | null;
}

export async function surveyCounty(county: string): Promise<CountyWindSurvey> {
  const mills = await millDirectory.activeMills(county);
  const results = await Promise.allSettled(mills.map((m) => anemometers.read(m.id)));
  const readings = results.map((r) => (r as PromiseFulfilledResult<WindReading>).value);

  const advice = mills.map((mill, i) => ({
    mill: mill.name,
    advice: adviseSails(mill, readings[i]),
    knots: readings[i].knots,
  }));

  let strongest: string | null = null;
  let strongestKnots = -1;
  for (const entry of advice) {
    if (entry.knots > strongestKnots) {
      strongestKnots = entry.knots;
      strongest = entry.mill;
    }
  }
  return { county, advice, strongest };
}

export function formatSurvey(survey: CountyWindSurvey): string {
  const lines = survey.advice.map((a) => `${a.mill.padEnd(20)} ${String(a.knots).padStart(4)} kn  ${a.advice}`);
  return [`Wind survey: ${survey.county}`, ...lines, `Strongest: ${survey.strongest ?? 'n/a'}`].join('\n');
}
