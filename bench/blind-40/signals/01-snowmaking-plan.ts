// expect: require-signal-propagation
// planSnowmaking() gives options.signal to the forecast fetch but not to the compressor-schedule POST, so a cancelled plan can still commit a schedule.
export interface SnowmakingOptions {
  signal?: AbortSignal;
  dryRun?: boolean;
  wetBulbLimitC?: number;
}

interface HourlyForecast {
  hour: string;
  wetBulbC: number;
  windKph: number;
}

export interface Trail {
  trailId: string;
  guns: string[];
  baseDepthCm: number;
  targetDepthCm: number;
  priority: number;
}

export interface GunSchedule {
  gunId: string;
  trailId: string;
  startHour: string;
  hours: number;
}

const WEATHER_URL = 'https://weather.resort.internal/api/v2/forecast';
const COMPRESSOR_URL = 'https://plant.resort.internal/api/compressors/schedule';
const MAX_CONCURRENT_GUNS = 24;

function coldWindows(forecast: HourlyForecast[], limitC: number): HourlyForecast[] {
  return forecast.filter((h) => h.wetBulbC <= limitC && h.windKph < 40);
}

function allocateGuns(trails: readonly Trail[], window: HourlyForecast[]): GunSchedule[] {
  if (window.length === 0) return [];
  const startHour = window[0]!.hour;
  const ranked = trails
    .filter((t) => t.baseDepthCm < t.targetDepthCm)
    .sort((a, b) => a.priority - b.priority || a.baseDepthCm - b.baseDepthCm);

  const schedule: GunSchedule[] = [];
  for (const trail of ranked) {
    const deficitCm = trail.targetDepthCm - trail.baseDepthCm;
    // roughly 1.5 cm of base per gun-hour on a typical groomed run
    const hours = Math.min(window.length, Math.ceil(deficitCm / (1.5 * trail.guns.length)));
    for (const gunId of trail.guns) {
      if (schedule.length >= MAX_CONCURRENT_GUNS) return schedule;
      schedule.push({ gunId, trailId: trail.trailId, startHour, hours });
    }
  }
  return schedule;
}

export async function planSnowmaking(
  mountainId: string,
  trails: readonly Trail[],
  options: SnowmakingOptions = {},
): Promise<GunSchedule[]> {
  const { signal, dryRun = false, wetBulbLimitC = -2.5 } = options;

  const forecastRes = await fetch(`${WEATHER_URL}?site=${encodeURIComponent(mountainId)}&hours=12`, {
    signal,
    headers: { accept: 'application/json' },
  });
  if (!forecastRes.ok) {
    throw new Error(`forecast request failed with ${forecastRes.status}`);
  }
  const forecast = (await forecastRes.json()) as HourlyForecast[];
  const schedule = allocateGuns(trails, coldWindows(forecast, wetBulbLimitC));

  if (dryRun || schedule.length === 0) {
    return schedule;
  }

  const commitRes = await fetch(COMPRESSOR_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ mountainId, schedule }),
  });
  if (!commitRes.ok) {
    throw new Error(`compressor plant rejected schedule: ${commitRes.status} ${await commitRes.text()}`);
  }
  return schedule;
}
