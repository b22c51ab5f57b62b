// expect: none
// Service failures are wrapped into EntryServiceError with a cause, but an AbortError is recognised first and rethrown as is, so callers can still tell cancellation apart.
export interface TrialEntry {
  entryNo: number;
  dogName: string;
  handler: string;
  heightClass: 'small' | 'medium' | 'intermediate' | 'large';
  grade: number;
}

interface EntryWire {
  entry_no: number;
  dog_name: string;
  handler: string;
  height_class: TrialEntry['heightClass'];
  grade: number;
}

export class EntryServiceError extends Error {
  override name = 'EntryServiceError';
}

export interface RingPlan {
  ring: string;
  heightClass: TrialEntry['heightClass'];
  runningOrder: TrialEntry[];
}

export class EntryService {
  constructor(private readonly apiBase: string) {}

  async entries(trialId: string, signal?: AbortSignal): Promise<TrialEntry[]> {
    try {
      const res = await fetch(`${this.apiBase}/trials/${encodeURIComponent(trialId)}/entries`, { signal });
      if (res.status === 404) throw new EntryServiceError(`trial ${trialId} is not published yet`);
      if (!res.ok) throw new Error(`entry service answered ${res.status}`);
      const wire = (await res.json()) as EntryWire[];
      return wire.map((w) => ({
        entryNo: w.entry_no,
        dogName: w.dog_name,
        handler: w.handler,
        heightClass: w.height_class,
        grade: w.grade,
      }));
    } catch (err) {
      if (err instanceof Error && (err.name === 'AbortError' || err instanceof EntryServiceError)) throw err;
      throw new EntryServiceError(`could not load entries for trial ${trialId}`, { cause: err });
    }
  }

  async ringPlans(trialId: string, rings: string[], signal?: AbortSignal): Promise<RingPlan[]> {
    const entries = await this.entries(trialId, signal);
    const classes: TrialEntry['heightClass'][] = ['small', 'medium', 'intermediate', 'large'];
    return classes
      .map((heightClass, i) => ({
        ring: rings[i % rings.length],
        heightClass,
        runningOrder: entries
          .filter((e) => e.heightClass === heightClass)
          .sort((a, b) => a.grade - b.grade || a.entryNo - b.entryNo),
      }))
      .filter((plan) => plan.runningOrder.length > 0);
  }
}

export function handlersWithClashes(plans: RingPlan[]): string[] {
  const seen = new Map<string, Set<string>>();
  for (const plan of plans) {
    for (const entry of plan.runningOrder) {
      const rings = seen.get(entry.handler) ?? new Set<string>();
      rings.add(plan.ring);
      seen.set(entry.handler, rings);
    }
  }
  return [...seen].filter(([, rings]) => rings.size > 1).map(([handler]) => handler);
}
