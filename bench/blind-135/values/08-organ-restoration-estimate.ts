// expect: none
// Each rate lookup is awaited before `??` supplies the default, so the fallback applies to a missing rate and never to a pending promise.
export type Craft = 'pipe-voicing' | 'leatherwork' | 'action-regulation' | 'case-carpentry' | 'reed-making';

export interface WorkItem {
  craft: Craft;
  hours: number;
  materialsEur?: number;
  description: string;
}

export interface RateBook {
  hourlyEur(craft: Craft, region: string): Promise<number | undefined>;
  travelSurchargeEur(region: string): Promise<number | null>;
}

export interface EstimateLine {
  description: string;
  labourEur: number;
  materialsEur: number;
}

export interface Estimate {
  organ: string;
  region: string;
  lines: EstimateLine[];
  travelEur: number;
  totalEur: number;
}

const DEFAULT_HOURLY: Record<Craft, number> = {
  'pipe-voicing': 85,
  leatherwork: 60,
  'action-regulation': 70,
  'case-carpentry': 55,
  'reed-making': 95,
};

export class RestorationEstimator {
  private rateCache = new Map<string, number>();

  constructor(private rates: RateBook) {}

  private async hourly(craft: Craft, region: string): Promise<number> {
    const key = `${region}:${craft}`;
    const cached = this.rateCache.get(key);
    if (cached !== undefined) return cached;
    const rate = (await this.rates.hourlyEur(craft, region)) ?? DEFAULT_HOURLY[craft];
    this.rateCache.set(key, rate);
    return rate;
  }

  async estimate(organ: string, region: string, items: WorkItem[]): Promise<Estimate> {
    const lines: EstimateLine[] = [];
    for (const item of items) {
      const rate = await this.hourly(item.craft, region);
      lines.push({
        description: item.description,
        labourEur: Math.round(rate * item.hours),
        materialsEur: item.materialsEur ?? 0,
      });
    }
    const travelEur = (await this.rates.travelSurchargeEur(region)) ?? 0;
    const totalEur = lines.reduce((sum, l) => sum + l.labourEur + l.materialsEur, travelEur);
    return { organ, region, lines, travelEur, totalEur };
  }

  static render(e: Estimate): string {
    const rows = e.lines.map((l) => `  ${l.description.padEnd(40)} ${String(l.labourEur + l.materialsEur).padStart(7)} EUR`);
    return [`Estimate for ${e.organ} (${e.region})`, ...rows, `  Travel ${e.travelEur} EUR`, `  TOTAL ${e.totalEur} EUR`].join('\n');
  }
}
