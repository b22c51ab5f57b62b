// expect: no-unobserved-promise
// bug: `windsAloft` is started before the airspace-permit awaits and only awaited afterwards, so a forecast failure while waiting (or on the refused-permit throw) is an unhandled rejection.
export interface LaunchSite {
  siteId: string;
  lat: number;
  lon: number;
  elevationM: number;
}

export interface WindLayer {
  altitudeM: number;
  speedMs: number;
  bearingDeg: number;
}

export interface LaunchPlan {
  siteId: string;
  permitRef: string;
  heliumCubicMetres: number;
  predictedLanding: { lat: number; lon: number };
}

declare const forecastService: {
  windsAloft(lat: number, lon: number, hours: number): Promise<WindLayer[]>;
};

declare const airspace: {
  requestWindow(siteId: string, startsAt: Date, minutes: number): Promise<{ granted: boolean; ref: string; reason?: string }>;
  confirm(ref: string): Promise<void>;
};

const ASCENT_RATE_MS = 5;
const METRES_PER_DEGREE = 111_320;

function driftEstimate(site: LaunchSite, winds: WindLayer[]): { lat: number; lon: number } {
  let north = 0;
  let east = 0;
  const sorted = [...winds].sort((a, b) => a.altitudeM - b.altitudeM);
  let previousAltitude = site.elevationM;
  for (const layer of sorted) {
    const seconds = Math.max(0, layer.altitudeM - previousAltitude) / ASCENT_RATE_MS;
    const radians = (layer.bearingDeg * Math.PI) / 180;
    north += Math.cos(radians) * layer.speedMs * seconds;
    east += Math.sin(radians) * layer.speedMs * seconds;
    previousAltitude = layer.altitudeM;
  }
  return {
    lat: site.lat + north / METRES_PER_DEGREE,
    lon: site.lon + east / (METRES_PER_DEGREE * Math.cos((site.lat * Math.PI) / 180)),
  };
}

export async function planLaunch(site: LaunchSite, launchAt: Date, payloadGrams: number): Promise<LaunchPlan> {
  const windsAloft = forecastService.windsAloft(site.lat, site.lon, 3);

  const window = await airspace.requestWindow(site.siteId, launchAt, 45);
  if (!window.granted) {
    throw new Error(`airspace refused launch at ${site.siteId}: ${window.reason ?? 'no reason given'}`);
  }
  await airspace.confirm(window.ref);

  const winds = await windsAloft;
  const surfaceWind = winds.find((w) => w.altitudeM < site.elevationM + 200);
  if (surfaceWind && surfaceWind.speedMs > 9) {
    throw new Error(`surface wind ${surfaceWind.speedMs} m/s exceeds launch limit`);
  }

  const heliumCubicMetres = Number((1.3 + payloadGrams / 800).toFixed(2));
  return {
    siteId: site.siteId,
    permitRef: window.ref,
    heliumCubicMetres,
    predictedLanding: driftEstimate(site, winds),
  };
}
