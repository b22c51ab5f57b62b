// expect: no-read-before-settle
// refreshAndDecide() starts the forecast refresh with .then() and reads this.latest on the next line, before the callback has stored the new forecast, so decisions use the previous (or no) forecast.
export interface HourlyForecast {
  hour: string;
  surfaceWindKts: number;
  windAt1000FtKts: number;
  cloudBaseFt: number;
  thermalIndex: number;
}

export interface WindowDecision {
  launchAt: string | null;
  landBy: string | null;
  basedOn: string | null;
}

declare const metService: {
  hourly(siteId: string): Promise<{ issuedAt: string; hours: HourlyForecast[] }>;
};

function flyable(h: HourlyForecast): boolean {
  return h.surfaceWindKts <= 7 && h.windAt1000FtKts <= 15 && h.cloudBaseFt >= 1500 && h.thermalIndex < 3;
}

export class LaunchWindowPlanner {
  private latest: { issuedAt: string; hours: HourlyForecast[] } | null = null;
  private lastError: Error | null = null;

  constructor(private readonly siteId: string) {}

  refresh(): Promise<void> {
    return metService.hourly(this.siteId).then(
      (forecast) => {
        this.latest = forecast;
        this.lastError = null;
      },
      (err: Error) => {
        this.lastError = err;
      },
    );
  }

  refreshAndDecide(): WindowDecision {
    void this.refresh();
    const forecast = this.latest;
    if (!forecast) return { launchAt: null, landBy: null, basedOn: null };

    const hours = forecast.hours;
    let start = -1;
    let end = -1;
    for (let i = 0; i < hours.length; i++) {
      if (flyable(hours[i])) {
        if (start === -1) start = i;
        end = i;
      } else if (start !== -1) {
        break;
      }
    }
    if (start === -1 || end - start < 1) {
      return { launchAt: null, landBy: null, basedOn: forecast.issuedAt };
    }
    return { launchAt: hours[start].hour, landBy: hours[end].hour, basedOn: forecast.issuedAt };
  }

  get status(): string {
    if (this.lastError) return `forecast unavailable: ${this.lastError.message}`;
    return this.latest ? `forecast issued ${this.latest.issuedAt}` : 'no forecast yet';
  }
}

export function briefingLine(planner: LaunchWindowPlanner): string {
  const d = planner.refreshAndDecide();
  return d.launchAt ? `Launch ${d.launchAt}, on the ground by ${d.landBy}` : `No flyable window (${planner.status})`;
}
