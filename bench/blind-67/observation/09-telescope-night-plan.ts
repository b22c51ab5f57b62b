// expect: none
// The early returns happen before any request starts, and the per-target and parallel requests are handed to Promise.all straight away with no await in between.
export interface SkyTarget {
  name: string;
  raHours: number;
  decDeg: number;
  exposureMin: number;
}

export interface DomePath {
  target: string;
  azimuthDeg: number;
  slewSeconds: number;
}

export interface NightConditions {
  cloudPct: number;
  windKph: number;
  humidityPct: number;
}

export interface NightPlan {
  date: string;
  paths: DomePath[];
  totalMinutes: number;
  flatsScheduled: boolean;
}

declare const weatherStation: { conditions(): Promise<NightConditions> };
declare const domeModel: { pathTo(target: SkyTarget, fromAzimuth: number): Promise<DomePath> };
declare const cameraApi: { coolTo(celsius: number): Promise<void>; scheduleFlats(at: string): Promise<boolean> };
declare const observatoryLog: { note(text: string): void };

const PARK_AZIMUTH = 180;
const MAX_WIND_KPH = 40;
const MAX_HUMIDITY = 85;

export async function planNight(date: string, targets: SkyTarget[]): Promise<NightPlan | null> {
  if (targets.length === 0) {
    return null;
  }

  const conditions = await weatherStation.conditions();
  if (conditions.windKph > MAX_WIND_KPH || conditions.humidityPct > MAX_HUMIDITY) {
    observatoryLog.note(`${date}: dome stays closed (wind ${conditions.windKph}, humidity ${conditions.humidityPct}%)`);
    return null;
  }
  if (conditions.cloudPct > 70) {
    observatoryLog.note(`${date}: ${conditions.cloudPct}% cloud, skipping`);
    return null;
  }

  const ordered = [...targets].sort((a, b) => a.raHours - b.raHours);
  const pathRequests = ordered.map((target) => domeModel.pathTo(target, PARK_AZIMUTH));
  const paths = await Promise.all(pathRequests);

  const cooling = cameraApi.coolTo(-15);
  const flats = cameraApi.scheduleFlats(`${date}T04:30:00Z`);
  const [, flatsScheduled] = await Promise.all([cooling, flats]);

  const slewMinutes = paths.reduce((sum, p) => sum + p.slewSeconds, 0) / 60;
  const exposureMinutes = ordered.reduce((sum, t) => sum + t.exposureMin, 0);
  return {
    date,
    paths,
    totalMinutes: Math.round(slewMinutes + exposureMinutes),
    flatsScheduled,
  };
}
