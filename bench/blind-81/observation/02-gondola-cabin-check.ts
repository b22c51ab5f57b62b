// expect: none
// The wind forecast is started early but converted to a never-rejecting result with .then(ok, err) on the spot, so it is observed before any other await.
export interface Cabin {
  cabinId: string;
  line: string;
  grips: number;
  lastGripTestAt: string;
  doorFault: boolean;
}

export interface WindForecast {
  stationId: string;
  gustKmh: number;
  sustainedKmh: number;
  validUntil: string;
}

export interface CabinClearance {
  cabinId: string;
  cleared: boolean;
  reasons: string[];
}

type ForecastOutcome = { ok: true; forecast: WindForecast } | { ok: false; error: unknown };

declare const weatherService: {
  windForecast(stationId: string): Promise<WindForecast>;
};
declare const cabinRegistry: {
  cabins(stationId: string): Promise<Cabin[]>;
  gripTension(cabinId: string): Promise<number[]>;
};
declare const opsLog: {
  warn(message: string, fields?: Record<string, unknown>): void;
};

const MAX_GUST_KMH = 70;
const MIN_GRIP_KN = 42;
const GRIP_TEST_DAYS = 7;

function gripTestOverdue(cabin: Cabin, now: Date): boolean {
  const days = (now.getTime() - Date.parse(cabin.lastGripTestAt)) / 86_400_000;
  return days > GRIP_TEST_DAYS;
}

async function inspectCabin(cabin: Cabin, now: Date): Promise<CabinClearance> {
  const reasons: string[] = [];
  if (cabin.doorFault) reasons.push('door fault latched');
  if (gripTestOverdue(cabin, now)) reasons.push('grip test overdue');
  const tensions = await cabinRegistry.gripTension(cabin.cabinId);
  if (tensions.length !== cabin.grips) reasons.push(`expected ${cabin.grips} grips, read ${tensions.length}`);
  if (tensions.some((kn) => kn < MIN_GRIP_KN)) reasons.push('grip tension below minimum');
  return { cabinId: cabin.cabinId, cleared: reasons.length === 0, reasons };
}

export async function morningClearance(stationId: string, now = new Date()): Promise<CabinClearance[]> {
  const forecastRequest: Promise<ForecastOutcome> = weatherService.windForecast(stationId).then(
    (forecast) => ({ ok: true, forecast }),
    (error: unknown) => ({ ok: false, error }),
  );

  const cabins = await cabinRegistry.cabins(stationId);
  const clearances = await Promise.all(cabins.map((cabin) => inspectCabin(cabin, now)));

  const outcome = await forecastRequest;
  if (!outcome.ok) {
    opsLog.warn('wind forecast unavailable, holding all cabins', { stationId, error: String(outcome.error) });
    return clearances.map((c) => ({ ...c, cleared: false, reasons: [...c.reasons, 'no wind forecast'] }));
  }
  if (outcome.forecast.gustKmh > MAX_GUST_KMH) {
    return clearances.map((c) => ({
      ...c,
      cleared: false,
      reasons: [...c.reasons, `gusts ${outcome.forecast.gustKmh} km/h`],
    }));
  }
  return clearances;
}

export function openingBoard(clearances: readonly CabinClearance[]): string {
  const held = clearances.filter((c) => !c.cleared);
  if (held.length === 0) return 'All cabins cleared for opening.';
  return held.map((c) => `${c.cabinId}: ${c.reasons.join('; ')}`).join('\n');
}
