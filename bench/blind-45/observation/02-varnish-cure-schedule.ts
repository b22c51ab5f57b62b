// expect: none
// The humidity forecast is started early but its rejection handler is attached in the same expression, so the stored promise can never reject unobserved.
export interface VarnishCoat {
  coatNumber: number;
  kind: 'ground' | 'colour' | 'clear';
  appliedAt: Date;
}

export interface CureCabinet {
  cabinetId: string;
  uvLampHours: number;
  setpointC: number;
}

export interface HumidityForecast {
  hourly: number[];
}

export interface CurePlan {
  instrumentId: string;
  cabinetId: string;
  uvMinutes: number;
  restHours: number;
  humidityAdjusted: boolean;
}

declare const workshopClimate: {
  forecastHumidity(hours: number): Promise<HumidityForecast>;
};

declare const cabinets: {
  leastUsed(): Promise<CureCabinet>;
  reserve(cabinetId: string, instrumentId: string, minutes: number): Promise<void>;
};

declare const instrumentLog: {
  coats(instrumentId: string): Promise<VarnishCoat[]>;
};

const BASE_UV_MINUTES: Record<VarnishCoat['kind'], number> = {
  ground: 90,
  colour: 150,
  clear: 240,
};

type ForecastOutcome = { ok: true; forecast: HumidityForecast } | { ok: false; reason: string };

export async function planNextCure(instrumentId: string): Promise<CurePlan> {
  const forecast: Promise<ForecastOutcome> = workshopClimate.forecastHumidity(24).then(
    (f) => ({ ok: true as const, forecast: f }),
    (err: unknown) => ({ ok: false as const, reason: err instanceof Error ? err.message : String(err) }),
  );

  const coats = await instrumentLog.coats(instrumentId);
  const latest = coats.at(-1);
  if (!latest) {
    throw new Error(`${instrumentId} has no varnish coats recorded`);
  }

  const cabinet = await cabinets.leastUsed();
  let uvMinutes = BASE_UV_MINUTES[latest.kind];
  if (cabinet.uvLampHours > 800) {
    // Aged tubes put out less UV; compensate rather than under-cure.
    uvMinutes = Math.round(uvMinutes * 1.2);
  }

  const outcome = await forecast;
  let restHours = latest.kind === 'clear' ? 72 : 24;
  let humidityAdjusted = false;
  if (outcome.ok) {
    const peak = Math.max(...outcome.forecast.hourly);
    if (peak > 65) {
      restHours += 24;
      humidityAdjusted = true;
    }
  } else {
    console.warn(`humidity forecast unavailable (${outcome.reason}); using default rest period`);
  }

  await cabinets.reserve(cabinet.cabinetId, instrumentId, uvMinutes);
  return { instrumentId, cabinetId: cabinet.cabinetId, uvMinutes, restHours, humidityAdjusted };
}

export function describePlan(plan: CurePlan): string {
  const rest = plan.humidityAdjusted ? `${plan.restHours} h (humid week)` : `${plan.restHours} h`;
  return `${plan.instrumentId}: ${plan.uvMinutes} min UV in ${plan.cabinetId}, rest ${rest}`;
}
