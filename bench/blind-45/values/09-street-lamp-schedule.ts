// expect: no-read-before-settle
// planNight calls refreshAlmanac() and then immediately reads this.almanac, which is only assigned in the fetch's .then callback, so the plan uses yesterday's (or no) sunset.
export interface Almanac {
  date: string;
  sunsetUtc: string;
  sunriseUtc: string;
  civilDuskUtc: string;
  moonIlluminationPct: number;
}

export interface DimmingStep {
  atUtc: string;
  levelPct: number;
}

export interface NightPlan {
  zoneId: string;
  date: string;
  steps: DimmingStep[];
}

declare const almanacService: {
  forDate(lat: number, lon: number, isoDate: string): Promise<Almanac>;
};

declare const lampController: {
  uploadPlan(plan: NightPlan): Promise<void>;
};

declare const lightingLog: {
  warn(message: string, err?: unknown): void;
};

const FALLBACK_SUNSET_UTC_HOUR = 18;

export class ZoneScheduler {
  private almanac?: Almanac;

  constructor(
    private readonly zoneId: string,
    private readonly lat: number,
    private readonly lon: number,
  ) {}

  refreshAlmanac(isoDate: string): void {
    almanacService
      .forDate(this.lat, this.lon, isoDate)
      .then((almanac) => {
        this.almanac = almanac;
      })
      .catch((err) => lightingLog.warn(`almanac lookup failed for ${this.zoneId}`, err));
  }

  planNight(isoDate: string): NightPlan {
    this.refreshAlmanac(isoDate);

    const sunset = this.almanac
      ? new Date(this.almanac.civilDuskUtc)
      : new Date(`${isoDate}T${FALLBACK_SUNSET_UTC_HOUR}:00:00Z`);
    const sunrise = this.almanac
      ? new Date(this.almanac.sunriseUtc)
      : new Date(new Date(`${isoDate}T06:00:00Z`).getTime() + 86_400_000);

    // Bright moonlit nights allow a deeper dip after midnight.
    const lateLevel = (this.almanac?.moonIlluminationPct ?? 0) > 70 ? 30 : 50;
    const midnight = new Date(`${isoDate}T23:59:59Z`).getTime() + 1_000;

    const steps: DimmingStep[] = [
      { atUtc: new Date(sunset.getTime() - 10 * 60_000).toISOString(), levelPct: 100 },
      { atUtc: new Date(midnight).toISOString(), levelPct: lateLevel },
      { atUtc: new Date(sunrise.getTime() - 60 * 60_000).toISOString(), levelPct: 80 },
      { atUtc: new Date(sunrise.getTime() + 15 * 60_000).toISOString(), levelPct: 0 },
    ];

    return { zoneId: this.zoneId, date: isoDate, steps };
  }

  async publish(isoDate: string): Promise<NightPlan> {
    const plan = this.planNight(isoDate);
    await lampController.uploadPlan(plan);
    return plan;
  }
}
