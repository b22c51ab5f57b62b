// expect: require-signal-propagation
// planDay has options.signal and passes it to the tide lookup, but calls forecast.getWind, which accepts a signal, without it, so a cancelled plan keeps the wind request running.
export interface WindForecast {
  spot: string;
  hourly: Array<{ hour: number; knots: number; gustKnots: number; directionDeg: number }>;
}

export interface TideTable {
  spot: string;
  lowWaterHours: number[];
}

export interface ForecastClient {
  getWind(spot: string, opts?: { signal?: AbortSignal; model?: 'gfs' | 'icon' }): Promise<WindForecast>;
  getTides(spot: string, opts?: { signal?: AbortSignal }): Promise<TideTable>;
}

export interface LessonSlot {
  spot: string;
  hour: number;
  level: 'beginner' | 'improver' | 'advanced';
  knots: number;
}

export interface PlanOptions {
  signal?: AbortSignal;
  model?: 'gfs' | 'icon';
}

const ONSHORE_SECTOR: Record<string, [number, number]> = {
  'west-beach': [200, 320],
  lagoon: [0, 360],
};

function levelFor(knots: number, gust: number): LessonSlot['level'] | undefined {
  if (gust - knots > 10) return undefined;
  if (knots >= 12 && knots <= 18) return 'beginner';
  if (knots > 18 && knots <= 24) return 'improver';
  if (knots > 24 && knots <= 32) return 'advanced';
  return undefined;
}

export class LessonPlanner {
  constructor(private readonly forecast: ForecastClient) {}

  async planDay(spot: string, options: PlanOptions = {}): Promise<LessonSlot[]> {
    const tides = await this.forecast.getTides(spot, { signal: options.signal });
    const wind = await this.forecast.getWind(spot, { model: options.model ?? 'icon' });
    const [from, to] = ONSHORE_SECTOR[spot] ?? [0, 360];

    const slots: LessonSlot[] = [];
    for (const h of wind.hourly) {
      if (h.hour < 9 || h.hour > 18) continue;
      if (h.directionDeg < from || h.directionDeg > to) continue;
      if (spot === 'lagoon' && !tides.lowWaterHours.some((lw) => Math.abs(lw - h.hour) <= 2)) continue;
      const level = levelFor(h.knots, h.gustKnots);
      if (level) slots.push({ spot, hour: h.hour, level, knots: h.knots });
    }
    return slots;
  }

  async planWeek(spots: string[], options: PlanOptions = {}): Promise<Map<string, LessonSlot[]>> {
    const plans = new Map<string, LessonSlot[]>();
    for (const spot of spots) {
      options.signal?.throwIfAborted();
      plans.set(spot, await this.planDay(spot, options));
    }
    return plans;
  }
}
