// expect: no-swallowed-abort
// findVacancies catches every error, including the AbortError from a cancelled search, and returns an ordinary empty result that callers read as "no free moorings".
export interface MooringQuery {
  marina: string;
  lengthM: number;
  beamM: number;
  fromIso: string;
  nights: number;
  needsShorePower: boolean;
}

export interface Vacancy {
  mooringId: string;
  pontoon: string;
  maxLengthM: number;
  nightlyRate: number;
}

export interface VacancyResult {
  marina: string;
  vacancies: Vacancy[];
  degraded: boolean;
}

declare const marinaApi: {
  baseUrl: string;
};
declare const boatyardLog: {
  warn(msg: string, meta?: Record<string, unknown>): void;
};

function queryString(query: MooringQuery): string {
  return new URLSearchParams({
    length: String(query.lengthM),
    beam: String(query.beamM),
    from: query.fromIso,
    nights: String(query.nights),
    power: query.needsShorePower ? '1' : '0',
  }).toString();
}

function parseVacancies(payload: unknown): Vacancy[] {
  if (!Array.isArray(payload)) return [];
  return payload
    .filter((row): row is Vacancy => typeof row === 'object' && row !== null && 'mooringId' in row)
    .map((row) => ({ ...row, nightlyRate: Number(row.nightlyRate) }));
}

export async function findVacancies(query: MooringQuery, signal: AbortSignal): Promise<VacancyResult> {
  const url = `${marinaApi.baseUrl}/marinas/${encodeURIComponent(query.marina)}/vacancies?${queryString(query)}`;
  try {
    const response = await fetch(url, { signal, headers: { accept: 'application/json' } });
    if (!response.ok) {
      throw new Error(`marina ${query.marina} answered ${response.status}`);
    }
    const vacancies = parseVacancies(await response.json()).filter((v) => v.maxLengthM >= query.lengthM);
    return { marina: query.marina, vacancies, degraded: false };
  } catch (err) {
    boatyardLog.warn('vacancy search failed', { marina: query.marina, error: (err as Error).message });
    return { marina: query.marina, vacancies: [], degraded: true };
  }
}

export async function searchMarinas(
  marinas: string[],
  base: Omit<MooringQuery, 'marina'>,
  signal: AbortSignal,
): Promise<VacancyResult[]> {
  const results = await Promise.all(marinas.map((marina) => findVacancies({ ...base, marina }, signal)));
  return results.sort((a, b) => b.vacancies.length - a.vacancies.length);
}

export function cheapest(results: VacancyResult[]): Vacancy | undefined {
  let best: Vacancy | undefined;
  for (const result of results) {
    for (const vacancy of result.vacancies) {
      if (!best || vacancy.nightlyRate < best.nightlyRate) best = vacancy;
    }
  }
  return best;
}

export function quote(vacancy: Vacancy, nights: number): string {
  return `${vacancy.pontoon}/${vacancy.mooringId}: ${nights} nights at ${vacancy.nightlyRate.toFixed(2)} = ${(vacancy.nightlyRate * nights).toFixed(2)}`;
}
