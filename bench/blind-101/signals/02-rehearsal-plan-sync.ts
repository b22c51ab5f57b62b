// expect: none
// The catch falls back to the last saved plan only for ordinary failures; it rethrows when the caller's signal has aborted, and the signal is passed to both fetch and the retry sleep.
import { setTimeout as sleep } from 'node:timers/promises';

export interface RehearsalBlock {
  piece: string;
  studio: string;
  start: string;
  end: string;
  dancers: string[];
}

export interface WeekPlan {
  week: string;
  blocks: RehearsalBlock[];
  version: number;
}

export interface PlanStore {
  lastSaved(week: string): WeekPlan | undefined;
  save(plan: WeekPlan): void;
}

export class RehearsalPlanSync {
  constructor(
    private readonly endpoint: string,
    private readonly store: PlanStore,
    private readonly attempts = 3,
  ) {}

  private async fetchPlan(week: string, signal: AbortSignal): Promise<WeekPlan> {
    let lastError: unknown;
    for (let attempt = 1; attempt <= this.attempts; attempt++) {
      try {
        const res = await fetch(`${this.endpoint}/plans/${week}`, { signal });
        if (res.status === 404) return { week, blocks: [], version: 0 };
        if (!res.ok) throw new Error(`plan service answered ${res.status}`);
        return (await res.json()) as WeekPlan;
      } catch (err) {
        if (signal.aborted) throw err;
        lastError = err;
        if (attempt < this.attempts) await sleep(400 * 2 ** attempt, undefined, { signal });
      }
    }
    throw new Error(`could not load rehearsal plan for ${week}`, { cause: lastError });
  }

  async sync(week: string, signal: AbortSignal): Promise<WeekPlan> {
    try {
      const plan = await this.fetchPlan(week, signal);
      const saved = this.store.lastSaved(week);
      if (!saved || plan.version >= saved.version) this.store.save(plan);
      return plan;
    } catch (err) {
      if (signal.aborted) throw signal.reason;
      const saved = this.store.lastSaved(week);
      if (!saved) throw err;
      console.warn(`[rehearsals] using saved plan v${saved.version} for ${week}`, err);
      return saved;
    }
  }
}

export function clashes(plan: WeekPlan): string[] {
  const out: string[] = [];
  for (const [i, a] of plan.blocks.entries()) {
    for (const b of plan.blocks.slice(i + 1)) {
      const overlap = a.start < b.end && b.start < a.end;
      const shared = a.dancers.filter((d) => b.dancers.includes(d));
      if (overlap && shared.length) out.push(`${shared.join(', ')}: ${a.piece} vs ${b.piece}`);
    }
  }
  return out;
}
