// expect: none
// The quota and weather lookups are started together and awaited through a single Promise.all, so a rejection from either one is observed immediately.
export interface Caravan {
  id: string;
  yakCount: number;
  loadKg: number;
  leader: string;
}

interface PassQuotaApi {
  remainingYaks(pass: string, date: string): Promise<number>;
}

interface WeatherApi {
  forecast(pass: string, date: string): Promise<{ snowCm: number; windKph: number; visibilityKm: number }>;
}

interface PermitDraftStore {
  saveDraft(draft: CrossingPlan): Promise<string>;
}

export interface CrossingPlan {
  caravanId: string;
  pass: string;
  date: string;
  yaksAllowed: number;
  risk: 'low' | 'moderate' | 'high';
  note: string;
}

export class CaravanRoutePlanner {
  constructor(
    private readonly quotas: PassQuotaApi,
    private readonly weather: WeatherApi,
    private readonly drafts: PermitDraftStore,
  ) {}

  async assess(caravan: Caravan, pass: string, date: string): Promise<CrossingPlan> {
    const [remaining, forecast] = await Promise.all([
      this.quotas.remainingYaks(pass, date),
      this.weather.forecast(pass, date),
    ]);

    const yaksAllowed = Math.min(remaining, caravan.yakCount);
    const risk =
      forecast.snowCm > 40 || forecast.windKph > 70
        ? 'high'
        : forecast.snowCm > 15 || forecast.visibilityKm < 2
          ? 'moderate'
          : 'low';

    return {
      caravanId: caravan.id,
      pass,
      date,
      yaksAllowed,
      risk,
      note:
        yaksAllowed < caravan.yakCount
          ? `only ${yaksAllowed} of ${caravan.yakCount} yaks fit today's quota`
          : `full caravan of ${caravan.yakCount} yaks permitted`,
    };
  }

  async planAlternatives(caravan: Caravan, passes: string[], date: string): Promise<CrossingPlan[]> {
    const plans = await Promise.all(passes.map((pass) => this.assess(caravan, pass, date)));
    const rank = { low: 0, moderate: 1, high: 2 } as const;
    return plans
      .filter((plan) => plan.yaksAllowed > 0 && plan.risk !== 'high')
      .sort((a, b) => rank[a.risk] - rank[b.risk] || b.yaksAllowed - a.yaksAllowed);
  }

  async draftBestCrossing(caravan: Caravan, passes: string[], date: string): Promise<string | null> {
    const [best] = await this.planAlternatives(caravan, passes, date);
    if (!best) return null;
    return this.drafts.saveDraft(best);
  }
}
