// expect: none
// Every started request ends up in Promise.all before any other await or early exit, and the best-effort audit write carries its own .catch, so nothing is dropped or left unobserved.
export interface LaunchSite {
  siteId: string;
  name: string;
  facing: 'N' | 'NE' | 'E' | 'SE' | 'S' | 'SW' | 'W' | 'NW';
  minRating: 'P2' | 'P3' | 'P4';
}

export interface WindForecast {
  siteId: string;
  hourly: Array<{ hour: number; speedKmh: number; gustKmh: number; directionDeg: number }>;
}

export interface LaunchWindow {
  siteId: string;
  fromHour: number;
  toHour: number;
}

declare const meteo: {
  forecast(siteId: string, date: string): Promise<WindForecast>;
};

declare const clubDb: {
  sitesOpenOn(date: string): Promise<LaunchSite[]>;
  recordPlanning(entry: { date: string; windows: LaunchWindow[]; by: string }): Promise<void>;
};

declare const log: { warn(message: string, err?: unknown): void };

const FACING_DEG: Record<LaunchSite['facing'], number> = {
  N: 0, NE: 45, E: 90, SE: 135, S: 180, SW: 225, W: 270, NW: 315,
};

function angleDiff(a: number, b: number): number {
  const d = Math.abs(a - b) % 360;
  return d > 180 ? 360 - d : d;
}

export function flyableHours(site: LaunchSite, forecast: WindForecast): number[] {
  return forecast.hourly
    .filter((h) => h.speedKmh >= 8 && h.speedKmh <= 25)
    .filter((h) => h.gustKmh - h.speedKmh <= 10)
    .filter((h) => angleDiff(h.directionDeg, FACING_DEG[site.facing]) <= 35)
    .map((h) => h.hour);
}

function toWindows(siteId: string, hours: number[]): LaunchWindow[] {
  const windows: LaunchWindow[] = [];
  for (const hour of hours) {
    const last = windows[windows.length - 1];
    if (last && last.toHour === hour) last.toHour = hour + 1;
    else windows.push({ siteId, fromHour: hour, toHour: hour + 1 });
  }
  return windows.filter((w) => w.toHour - w.fromHour >= 2);
}

export async function planDay(date: string, plannedBy: string): Promise<LaunchWindow[]> {
  const sites = await clubDb.sitesOpenOn(date);
  if (sites.length === 0) return [];

  const requests: Array<Promise<WindForecast>> = [];
  for (const site of sites) {
    requests.push(meteo.forecast(site.siteId, date));
  }
  const forecasts = await Promise.all(requests);

  const windows = sites.flatMap((site, i) => toWindows(site.siteId, flyableHours(site, forecasts[i])));
  windows.sort((a, b) => a.fromHour - b.fromHour || a.siteId.localeCompare(b.siteId));

  // audit trail only; planning must not fail because the club database is slow
  clubDb.recordPlanning({ date, windows, by: plannedBy }).catch((err: unknown) => {
    log.warn(`could not record planning for ${date}`, err);
  });

  return windows;
}
