// expect: no-unobserved-promise
// The sounding and NOTAM requests are started up front but only awaited after the wind profile, so if either rejects first it has no handler attached yet.
export interface WindLayer {
  altitudeM: number;
  speedKts: number;
  directionDeg: number;
}

export interface Sounding {
  cloudBaseM: number;
  thermalTopM: number;
  liftedIndex: number;
}

export interface Notam {
  id: string;
  summary: string;
  activeUntil: Date;
}

export interface StationApi {
  windProfile(siteId: string): Promise<WindLayer[]>;
}
export interface SoundingApi {
  latest(siteId: string): Promise<Sounding>;
}
export interface NotamApi {
  active(siteId: string): Promise<Notam[]>;
}

export interface Briefing {
  siteId: string;
  flyable: boolean;
  reasons: string[];
  wind: WindLayer[];
  sounding: Sounding;
  notams: Notam[];
}

export class BriefingBuilder {
  constructor(
    private readonly station: StationApi,
    private readonly soundings: SoundingApi,
    private readonly notamApi: NotamApi,
    private readonly maxLaunchWindKts = 15,
  ) {}

  async build(siteId: string): Promise<Briefing> {
    const windPromise = this.station.windProfile(siteId);
    const soundingPromise = this.soundings.latest(siteId);
    const notamPromise = this.notamApi.active(siteId);

    const wind = await windPromise;
    const sounding = await soundingPromise;
    const notams = await notamPromise;

    const reasons: string[] = [];
    const launchLayer = wind.find((l) => l.altitudeM <= 50) ?? wind[0];
    if (launchLayer && launchLayer.speedKts > this.maxLaunchWindKts) {
      reasons.push(`launch wind ${launchLayer.speedKts} kts`);
    }
    if (sounding.liftedIndex < -4) {
      reasons.push('unstable airmass, overdevelopment likely');
    }
    if (sounding.cloudBaseM - 300 < Math.max(...wind.map((l) => l.altitudeM), 0)) {
      reasons.push('low cloud base');
    }
    for (const n of notams) {
      reasons.push(`NOTAM ${n.id}: ${n.summary}`);
    }
    return { siteId, flyable: reasons.length === 0, reasons, wind, sounding, notams };
  }
}
