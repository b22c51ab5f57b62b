// expect: none
// The ephemeris property is assigned in a .then callback, but it is only read after that chained promise has been awaited via Promise.all, so the callback has always run by then.
export interface Ephemeris {
  date: string;
  astronomicalDusk: string;
  astronomicalDawn: string;
  moonIllumination: number;
}

export interface EphemerisSource {
  fetch(date: string, latitude: number, longitude: number): Promise<Ephemeris>;
}

export interface DomeHardware {
  selfTest(): Promise<{ ok: boolean; faults: string[] }>;
  scheduleOpen(at: Date): Promise<void>;
  scheduleClose(at: Date): Promise<void>;
}

export interface NightPlan {
  opensAt: Date;
  closesAt: Date;
  darkHours: number;
  moonWarning: boolean;
}

export class ObservingNightPlanner {
  private ephemeris: Ephemeris | undefined;

  constructor(
    private readonly source: EphemerisSource,
    private readonly dome: DomeHardware,
    private readonly site: { latitude: number; longitude: number },
  ) {}

  async prepareNight(date: string): Promise<NightPlan> {
    const loading = this.source.fetch(date, this.site.latitude, this.site.longitude).then((eph) => {
      this.ephemeris = eph;
    });

    const [test] = await Promise.all([this.dome.selfTest(), loading]);
    if (!test.ok) {
      throw new Error(`dome self-test failed: ${test.faults.join(', ')}`);
    }

    const eph = this.ephemeris;
    if (!eph) throw new Error(`no ephemeris for ${date}`);

    const opensAt = new Date(eph.astronomicalDusk);
    const closesAt = new Date(eph.astronomicalDawn);
    await this.dome.scheduleOpen(opensAt);
    await this.dome.scheduleClose(closesAt);

    return {
      opensAt,
      closesAt,
      darkHours: Math.round(((closesAt.getTime() - opensAt.getTime()) / 3_600_000) * 10) / 10,
      moonWarning: eph.moonIllumination > 0.7,
    };
  }
}
