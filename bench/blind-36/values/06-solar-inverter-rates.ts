// expect: no-read-before-settle
// forecastRevenue assigns `tariff` inside a .then callback and then immediately maps the forecast with it, so the revenue is always computed with DEFAULT_TARIFF.
export interface HourlyForecast {
  hour: string;
  irradianceWm2: number;
  ambientC: number;
  expectedKwh: number;
}

export interface Tariff {
  region: string;
  pricePerKwh: number;
  peakMultiplier: number;
  peakHours: [number, number];
}

export interface RevenueForecast {
  region: string;
  tariffSource: 'live' | 'default';
  hours: Array<{ hour: string; kwh: number; revenue: number }>;
  total: number;
}

declare const tariffService: {
  current(region: string): Promise<Tariff>;
};

declare const log: { warn(message: string): void };

const DEFAULT_TARIFF: Tariff = {
  region: 'default',
  pricePerKwh: 0.042,
  peakMultiplier: 1.6,
  peakHours: [17, 21],
};

/** Panel output drops roughly 0.4% per degree above 25C. */
export function temperatureDerate(forecast: HourlyForecast): number {
  const cellTemp = forecast.ambientC + forecast.irradianceWm2 * 0.03;
  return cellTemp > 25 ? 1 - (cellTemp - 25) * 0.004 : 1;
}

function priceAt(tariff: Tariff, isoHour: string): number {
  const hour = new Date(isoHour).getUTCHours();
  const [from, to] = tariff.peakHours;
  return hour >= from && hour < to ? tariff.pricePerKwh * tariff.peakMultiplier : tariff.pricePerKwh;
}

export function forecastRevenue(region: string, forecast: HourlyForecast[]): RevenueForecast {
  let tariff = DEFAULT_TARIFF;
  let tariffSource: RevenueForecast['tariffSource'] = 'default';

  tariffService.current(region).then(
    (live) => {
      tariff = live;
      tariffSource = 'live';
    },
    (err: unknown) => log.warn(`tariff lookup for ${region} failed, using default: ${String(err)}`),
  );

  const hours = forecast.map((f) => {
    const kwh = f.expectedKwh * temperatureDerate(f);
    return { hour: f.hour, kwh, revenue: kwh * priceAt(tariff, f.hour) };
  });

  return {
    region,
    tariffSource,
    hours,
    total: Math.round(hours.reduce((sum, h) => sum + h.revenue, 0) * 100) / 100,
  };
}

export function bestCleaningWindow(forecast: HourlyForecast[]): string | null {
  // robots clean at night when output is zero and dew has settled the dust
  const night = forecast.filter((f) => f.irradianceWm2 === 0 && f.ambientC < 20);
  if (night.length === 0) return null;
  return night.reduce((coolest, f) => (f.ambientC < coolest.ambientC ? f : coolest)).hour;
}
