// expect: none
// peakAirTemp and the probe totals are written in .then and 'reading' callbacks but read only after awaiting that .then chain or the probe's 'end' event.
import { EventEmitter, once } from 'node:events';

export interface Sculpture {
  id: string;
  title: string;
  blockCount: number;
  thinnestSectionCm: number;
  shaded: boolean;
}

export interface MeltForecast {
  sculptureId: string;
  hoursUntilUnsafe: number;
  action: 'none' | 'shade-cloth' | 'misting' | 'close-area';
}

declare const weather: {
  hourlyAirTemps(site: string, hours: number): Promise<number[]>;
};

declare class SurfaceProbe extends EventEmitter {
  sweep(sculptureId: string): void;
}

const MELT_CM_PER_DEGREE_HOUR = 0.012;

function hoursUntilUnsafe(sculpture: Sculpture, airTemps: number[], surfaceC: number): number {
  let remainingCm = sculpture.thinnestSectionCm - 4; // below 4 cm a wing or spire can shear off
  for (let h = 0; h < airTemps.length; h++) {
    const effective = Math.max(0, airTemps[h] + (sculpture.shaded ? -2 : 3) + surfaceC / 2);
    remainingCm -= effective * MELT_CM_PER_DEGREE_HOUR * 60;
    if (remainingCm <= 0) return h;
  }
  return airTemps.length;
}

function actionFor(hours: number): MeltForecast['action'] {
  if (hours < 2) return 'close-area';
  if (hours < 5) return 'misting';
  if (hours < 9) return 'shade-cloth';
  return 'none';
}

async function startSweep(probe: SurfaceProbe, sculptureId: string): Promise<void> {
  probe.sweep(sculptureId);
}

async function meanSurfaceTemp(probe: SurfaceProbe, sculptureId: string): Promise<number> {
  let sum = 0;
  let n = 0;
  const onReading = (celsius: number) => {
    sum += celsius;
    n++;
  };
  probe.on('reading', onReading);
  try {
    // Subscribe to 'end' before the sweep starts so a short sweep cannot finish unseen.
    await Promise.all([once(probe, 'end'), startSweep(probe, sculptureId)]);
  } finally {
    probe.off('reading', onReading);
  }
  return n === 0 ? 0 : sum / n;
}

export async function forecastSite(site: string, probe: SurfaceProbe, sculptures: Sculpture[]): Promise<MeltForecast[]> {
  let peakAirTemp = -Infinity;
  const airTemps = await weather.hourlyAirTemps(site, 24).then((temps) => {
    peakAirTemp = Math.max(...temps);
    return temps;
  });

  if (peakAirTemp < -3) {
    // Hard frost all day: nothing will soften, skip the surface sweep.
    return sculptures.map((s) => ({ sculptureId: s.id, hoursUntilUnsafe: airTemps.length, action: 'none' }));
  }

  const forecasts: MeltForecast[] = [];
  for (const sculpture of sculptures) {
    const surfaceC = await meanSurfaceTemp(probe, sculpture.id);
    const hours = hoursUntilUnsafe(sculpture, airTemps, surfaceC);
    forecasts.push({ sculptureId: sculpture.id, hoursUntilUnsafe: hours, action: actionFor(hours) });
  }
  return forecasts.sort((a, b) => a.hoursUntilUnsafe - b.hoursUntilUnsafe);
}
