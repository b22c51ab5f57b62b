// expect: none
// The thaw forecast is started early but gets its .catch fallback attached in the same statement, and the permit lookup is handed to Promise.all before any await, so neither can reject unobserved.
export interface SuiteInspection {
  suiteId: string;
  wallThicknessCm: number;
  ceilingSagMm: number;
  interiorTempC: number;
  inspectedAt: string;
}

export interface Verdict {
  suiteId: string;
  open: boolean;
  reasons: string[];
}

interface ThawForecast {
  maxAirTempC: number;
  sunHours: number;
}

declare const weather: { thawForecast(site: string, days: number): Promise<ThawForecast> };
declare const permits: { occupancyPermit(site: string): Promise<{ validUntil: string; maxGuests: number }> };
declare const inspections: { latest(site: string): Promise<SuiteInspection[]> };
declare const bookings: { close(suiteId: string, reason: string): Promise<void> };

const MIN_WALL_CM = 60;
const MAX_SAG_MM = 25;

function judge(inspection: SuiteInspection, forecast: ThawForecast | null): Verdict {
  const reasons: string[] = [];
  if (inspection.wallThicknessCm < MIN_WALL_CM) reasons.push(`walls thinned to ${inspection.wallThicknessCm}cm`);
  if (inspection.ceilingSagMm > MAX_SAG_MM) reasons.push(`ceiling sag ${inspection.ceilingSagMm}mm`);
  if (inspection.interiorTempC > -2) reasons.push(`interior at ${inspection.interiorTempC}°C`);
  // Without a forecast we judge on measurements alone rather than blocking the whole site.
  if (forecast && forecast.maxAirTempC > 2 && forecast.sunHours > 6) {
    if (inspection.ceilingSagMm > MAX_SAG_MM * 0.6) reasons.push('sag trending up ahead of a sunny thaw');
  }
  return { suiteId: inspection.suiteId, open: reasons.length === 0, reasons };
}

export async function morningInspection(site: string, today: string): Promise<Verdict[]> {
  const forecast = weather.thawForecast(site, 3).catch(() => null);

  const [permit, latest] = await Promise.all([permits.occupancyPermit(site), inspections.latest(site)]);
  if (permit.validUntil < today) {
    throw new Error(`occupancy permit for ${site} expired on ${permit.validUntil}`);
  }

  const fresh = latest.filter((i) => i.inspectedAt.startsWith(today));
  if (fresh.length === 0) {
    throw new Error(`no suites inspected yet today at ${site}`);
  }

  const outlook = await forecast;
  const verdicts = fresh.map((i) => judge(i, outlook));

  for (const verdict of verdicts) {
    if (!verdict.open) {
      await bookings.close(verdict.suiteId, verdict.reasons.join('; '));
    }
  }
  return verdicts;
}

export function summarise(verdicts: Verdict[]): string {
  const closed = verdicts.filter((v) => !v.open);
  if (closed.length === 0) return `all ${verdicts.length} suites open`;
  return `${closed.length}/${verdicts.length} suites closed: ${closed.map((v) => v.suiteId).join(', ')}`;
}
