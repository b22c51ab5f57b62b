// expect: no-reused-settled-promise
// The retry loop awaits the same forecast request on every attempt, so after the first rejection each retry just sees that rejection again.
import { setTimeout as sleep } from 'node:timers/promises';

export interface LaunchForecast {
  siteId: string;
  validFrom: Date;
  windKts: number;
  gustKts: number;
  windDirDeg: number;
  cloudBaseM: number;
  thermalIndex: number;
}

declare const meteoClient: {
  forecast(query: { siteId: string; model: 'icon-d2' | 'arome'; hours: number }): Promise<LaunchForecast[]>;
};

declare const launchSites: {
  get(siteId: string): { name: string; facingDeg: number; arcDeg: number; maxWindKts: number };
};

const MAX_ATTEMPTS = 4;

function backoffMs(attempt: number): number {
  return Math.min(8000, 500 * 2 ** attempt) + Math.floor(Math.random() * 250);
}

async function forecastWithRetry(siteId: string, hours: number): Promise<LaunchForecast[]> {
  const request = meteoClient.forecast({ siteId, model: 'icon-d2', hours });
  let lastError: unknown;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    try {
      return await request;
    } catch (err) {
      lastError = err;
      await sleep(backoffMs(attempt));
    }
  }
  throw new Error(`Forecast for ${siteId} unavailable after ${MAX_ATTEMPTS} attempts`, { cause: lastError });
}

function angularDistance(a: number, b: number): number {
  const d = Math.abs(a - b) % 360;
  return d > 180 ? 360 - d : d;
}

export type LaunchVerdict = 'flyable' | 'marginal' | 'closed';

export function judge(site: ReturnType<typeof launchSites.get>, f: LaunchForecast): LaunchVerdict {
  const offAxis = angularDistance(f.windDirDeg, site.facingDeg) > site.arcDeg / 2;
  if (offAxis || f.gustKts > site.maxWindKts + 4) {
    return 'closed';
  }
  if (f.gustKts - f.windKts > 8 || f.cloudBaseM < 1200 || f.windKts > site.maxWindKts) {
    return 'marginal';
  }
  return 'flyable';
}

export async function launchWindow(siteId: string): Promise<Array<{ at: Date; verdict: LaunchVerdict }>> {
  const site = launchSites.get(siteId);
  const hours = await forecastWithRetry(siteId, 12);
  return hours
    .filter((f) => f.validFrom.getUTCHours() >= 9 && f.validFrom.getUTCHours() <= 18)
    .map((f) => ({ at: f.validFrom, verdict: judge(site, f) }));
}

export async function bestHour(siteId: string): Promise<Date | null> {
  const window = await launchWindow(siteId);
  const flyable = window.find((w) => w.verdict === 'flyable');
  return flyable?.at ?? null;
}
