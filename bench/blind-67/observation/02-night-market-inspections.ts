// expect: no-unobserved-promise
// Inspector notifications are pushed into an array before the weather check; on the severe-weather early return they are never awaited, so a failed send is an unhandled rejection.
export interface Stall {
  stallId: string;
  vendor: string;
  cuisine: string;
  usesOpenFlame: boolean;
  lastInspection?: Date;
  pitch: string;
}

export interface MarketNight {
  nightId: string;
  date: string;
  district: string;
}

export interface Forecast {
  severe: boolean;
  summary: string;
  windKph: number;
}

declare const stallRegistry: { activeFor(district: string): Promise<Stall[]> };
declare const inspectors: { notify(stallId: string, pitch: string, reason: string): Promise<void> };
declare const weather: { forecast(district: string, date: string): Promise<Forecast> };
declare const vendorsSms: { broadcast(stallIds: string[], text: string): Promise<number> };
declare const marketDb: { setStatus(nightId: string, status: "open" | "cancelled", note?: string): Promise<void> };

const INSPECTION_INTERVAL_DAYS = 90;
const MAX_WIND_FOR_FLAME_KPH = 35;

function needsInspection(stall: Stall, now: number): boolean {
  if (!stall.usesOpenFlame) return false;
  if (!stall.lastInspection) return true;
  return now - stall.lastInspection.getTime() > INSPECTION_INTERVAL_DAYS * 86_400_000;
}

export async function openMarketNight(night: MarketNight): Promise<{ status: "open" | "cancelled"; stalls: number }> {
  const stalls = await stallRegistry.activeFor(night.district);
  const now = Date.now();

  const notifications: Promise<void>[] = [];
  for (const stall of stalls) {
    if (needsInspection(stall, now)) {
      notifications.push(inspectors.notify(stall.stallId, stall.pitch, "open-flame inspection overdue"));
    }
  }

  const forecast = await weather.forecast(night.district, night.date);
  if (forecast.severe) {
    await marketDb.setStatus(night.nightId, "cancelled", forecast.summary);
    await vendorsSms.broadcast(
      stalls.map((s) => s.stallId),
      `Market ${night.date} cancelled: ${forecast.summary}`,
    );
    return { status: "cancelled", stalls: 0 };
  }

  await Promise.all(notifications);

  const flameStalls = stalls.filter((s) => s.usesOpenFlame).map((s) => s.stallId);
  if (forecast.windKph > MAX_WIND_FOR_FLAME_KPH && flameStalls.length > 0) {
    await vendorsSms.broadcast(flameStalls, `Wind ${forecast.windKph} km/h tonight: use wind screens on burners.`);
  }

  await marketDb.setStatus(night.nightId, "open");
  return { status: "open", stalls: stalls.length };
}
