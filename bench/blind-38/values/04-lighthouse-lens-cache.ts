// expect: none
// The truthiness checks are on an optional Promise slot (has a load started?), not on a promise standing in for its value; all values are awaited.
export interface LensProfile {
  station: string;
  order: 1 | 2 | 3 | 4 | 5 | 6;
  focalMm: number;
  flashPattern: string;
  rangeNm: number;
  lampWatts: number;
}

export interface NightLogLine {
  at: string;
  kind: 'lit' | 'extinguished' | 'lamp-change' | 'rotation-check';
  note: string;
}

declare const keeperArchive: {
  lensProfile(station: string): Promise<LensProfile>;
  appendNightLog(station: string, line: NightLogLine): Promise<void>;
};
declare const almanac: { sunset(station: string, date: Date): Date; sunrise(station: string, date: Date): Date };

export class LensRegistry {
  private loading: Promise<LensProfile> | undefined;
  private profile: LensProfile | undefined;

  constructor(private readonly station: string) {}

  current(): Promise<LensProfile> {
    if (this.profile) return Promise.resolve(this.profile);
    if (!this.loading) {
      this.loading = keeperArchive.lensProfile(this.station).then(
        (profile) => {
          this.profile = profile;
          return profile;
        },
        (err: unknown) => {
          this.loading = undefined;
          throw err;
        },
      );
    }
    return this.loading;
  }

  forget(): void {
    this.profile = undefined;
    this.loading = undefined;
  }

  get isLoading(): boolean {
    return this.loading !== undefined && this.profile === undefined;
  }
}

function periodSeconds(pattern: string): number {
  const match = /\((\d+(?:\.\d+)?)s\)/.exec(pattern);
  return match ? Number(match[1]) : 10;
}

export async function lightUp(registry: LensRegistry, station: string, now = new Date()): Promise<NightLogLine[]> {
  const lens = await registry.current();
  const sunset = almanac.sunset(station, now);
  const sunrise = almanac.sunrise(station, new Date(now.getTime() + 86_400_000));
  const hours = (sunrise.getTime() - sunset.getTime()) / 3_600_000;
  const rotations = Math.floor((hours * 3600) / periodSeconds(lens.flashPattern));

  const lines: NightLogLine[] = [
    { at: sunset.toISOString(), kind: 'lit', note: `order ${lens.order} lens, ${lens.lampWatts} W, range ${lens.rangeNm} nm` },
    { at: sunset.toISOString(), kind: 'rotation-check', note: `${lens.flashPattern}, expect ${rotations} flashes tonight` },
    { at: sunrise.toISOString(), kind: 'extinguished', note: `${hours.toFixed(1)} h of light` },
  ];
  for (const line of lines) {
    await keeperArchive.appendNightLog(station, line);
  }
  return lines;
}
