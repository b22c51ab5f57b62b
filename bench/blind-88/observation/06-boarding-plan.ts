// expect: none
// The weather lookup is started early but stored with its .catch() already attached, the tide and traffic calls are joined with Promise.all, and the allSettled results are filtered on status before reading value or reason.
export interface Vessel {
  imo: string;
  name: string;
  draughtM: number;
  lengthM: number;
}

export interface TideWindow {
  from: string;
  to: string;
  minDepthM: number;
}

export interface WeatherBrief {
  windKn: number;
  swellM: number;
  visibilityNm: number;
}

export interface PilotCandidate {
  pilotId: string;
  licenceClass: 'A' | 'B' | 'C';
  restUntil: string;
}

declare const portServices: {
  tideWindows(port: string, draughtM: number): Promise<TideWindow[]>;
  trafficAt(port: string, at: string): Promise<number>;
  weather(port: string): Promise<WeatherBrief>;
  pilotAvailability(pilotId: string): Promise<PilotCandidate>;
};

export interface BoardingPlan {
  vessel: string;
  window: TideWindow | null;
  weather: WeatherBrief | null;
  pilots: PilotCandidate[];
  unavailable: string[];
}

export async function planBoarding(port: string, vessel: Vessel, rosterIds: string[]): Promise<BoardingPlan> {
  const weatherPromise = portServices.weather(port).catch(() => null);

  const [windows, traffic] = await Promise.all([
    portServices.tideWindows(port, vessel.draughtM),
    portServices.trafficAt(port, new Date().toISOString()),
  ]);

  const window = windows.find((w) => w.minDepthM >= vessel.draughtM + 1.2) ?? null;
  const requiredClass = vessel.lengthM > 250 || traffic > 12 ? 'A' : vessel.lengthM > 150 ? 'B' : 'C';

  const settled = await Promise.allSettled(rosterIds.map((id) => portServices.pilotAvailability(id)));
  const pilots: PilotCandidate[] = [];
  const unavailable: string[] = [];
  settled.forEach((result, i) => {
    if (result.status === 'fulfilled') {
      if (result.value.licenceClass <= requiredClass) pilots.push(result.value);
    } else {
      unavailable.push(`${rosterIds[i]}: ${String(result.reason)}`);
    }
  });

  const weather = await weatherPromise;

  return { vessel: vessel.name, window, weather, pilots, unavailable };
}

export function boardingAdvice(plan: BoardingPlan): string {
  if (!plan.window) return `${plan.vessel}: no tide window deep enough, hold at anchorage`;
  if (plan.weather && (plan.weather.swellM > 3.5 || plan.weather.windKn > 35)) {
    return `${plan.vessel}: weather exceeds ladder limits, consider helicopter transfer`;
  }
  if (plan.pilots.length === 0) return `${plan.vessel}: no qualified pilot available`;
  return `${plan.vessel}: board ${plan.window.from}-${plan.window.to} with ${plan.pilots[0].pilotId}`;
}
