// expect: no-read-before-settle
// `forecast` is assigned inside a .then callback but read synchronously a few lines later to filter slots, so the cloud filter always sees undefined.
export interface TimeSlot {
  programme: string;
  startUtc: Date;
  endUtc: Date;
  needsPhotometric: boolean;
}

export interface CloudForecast {
  site: string;
  hourly: Array<{ hourUtc: Date; cloudFraction: number }>;
  cloudAt(t: Date): number;
}

declare const meteo: { cloudForecast(site: string, night: Date): Promise<CloudForecast> };
declare const allocations: { slotsFor(site: string, night: Date): TimeSlot[] };

export interface PlannedNight {
  site: string;
  usable: TimeSlot[];
  dropped: TimeSlot[];
}

function worstCloud(forecast: CloudForecast, slot: TimeSlot): number {
  let worst = 0;
  for (let t = slot.startUtc.getTime(); t < slot.endUtc.getTime(); t += 3_600_000) {
    worst = Math.max(worst, forecast.cloudAt(new Date(t)));
  }
  return worst;
}

export function planObservingNight(site: string, night: Date): PlannedNight {
  const slots = allocations.slotsFor(site, night);

  let forecast: CloudForecast | undefined;
  meteo
    .cloudForecast(site, night)
    .then((f) => {
      forecast = f;
    })
    .catch((err) => console.warn(`[tac] no cloud forecast for ${site}`, err));

  const usable: TimeSlot[] = [];
  const dropped: TimeSlot[] = [];
  for (const slot of slots) {
    const limit = slot.needsPhotometric ? 0.1 : 0.5;
    if (forecast && worstCloud(forecast, slot) > limit) {
      dropped.push(slot);
    } else {
      usable.push(slot);
    }
  }
  return { site, usable, dropped };
}

export function summarise(plan: PlannedNight): string {
  const hours = (slots: TimeSlot[]) =>
    slots.reduce((h, s) => h + (s.endUtc.getTime() - s.startUtc.getTime()) / 3_600_000, 0).toFixed(1);
  return `${plan.site}: ${hours(plan.usable)} h scheduled, ${hours(plan.dropped)} h lost to cloud`;
}
