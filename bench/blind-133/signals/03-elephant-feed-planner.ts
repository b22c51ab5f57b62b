// expect: none
// Only non-abort failures fall back to the default ration; once the signal has aborted the caught error is rethrown, so cancellation still reaches the caller.
export interface FeedPlan {
  residentId: string;
  hayKg: number;
  produceKg: number;
  supplements: string[];
  source: 'nutritionist' | 'default';
}

export interface Resident {
  id: string;
  name: string;
  weightKg: number;
  arthritic: boolean;
}

export interface Logger {
  warn(message: string, err?: unknown): void;
}

function defaultPlan(resident: Resident): FeedPlan {
  return {
    residentId: resident.id,
    hayKg: Math.round(resident.weightKg * 0.015),
    produceKg: Math.round(resident.weightKg * 0.004),
    supplements: resident.arthritic ? ['glucosamine', 'turmeric'] : [],
    source: 'default',
  };
}

export class FeedPlanner {
  constructor(
    private readonly nutritionUrl: string,
    private readonly log: Logger,
  ) {}

  async planFor(resident: Resident, signal: AbortSignal): Promise<FeedPlan> {
    try {
      const res = await fetch(`${this.nutritionUrl}/plans/${encodeURIComponent(resident.id)}`, { signal });
      if (res.status === 404) return defaultPlan(resident);
      if (!res.ok) throw new Error(`nutrition service answered ${res.status}`);
      const body = (await res.json()) as Omit<FeedPlan, 'source'>;
      return { ...body, source: 'nutritionist' };
    } catch (err) {
      if (signal.aborted) throw err;
      this.log.warn(`using default ration for ${resident.name}`, err);
      return defaultPlan(resident);
    }
  }

  async dailySheet(residents: Resident[], signal: AbortSignal): Promise<string> {
    const plans = await Promise.all(residents.map((r) => this.planFor(r, signal)));
    const rows = plans.map((p, i) => {
      const name = residents[i]?.name ?? p.residentId;
      const extras = p.supplements.length ? ` + ${p.supplements.join(', ')}` : '';
      const marker = p.source === 'default' ? ' (default)' : '';
      return `${name}: ${p.hayKg}kg hay, ${p.produceKg}kg produce${extras}${marker}`;
    });
    const totalHay = plans.reduce((sum, p) => sum + p.hayKg, 0);
    return [...rows, `Total hay: ${totalHay}kg`].join('\n');
  }
}
