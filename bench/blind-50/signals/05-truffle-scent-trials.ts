// expect: no-leaked-race
// runTrial races the search against a timer that is never cleared and never cancels the search, so the losing timer/search keep running.

export interface Dog {
  dogId: string;
  name: string;
  level: 'puppy' | 'novice' | 'field';
}

export interface Hide {
  hideId: string;
  scent: string;
  depthCm: number;
  gridRef: string;
}

export interface TrialResult {
  dogId: string;
  hideId: string;
  found: boolean;
  seconds: number;
  falseAlerts: number;
}

declare const arena: {
  startSearch(dogId: string, hideId: string): Promise<{ found: boolean; seconds: number; falseAlerts: number }>;
  placeHide(hide: Hide): Promise<void>;
  clearHide(hideId: string): Promise<void>;
};

declare const trainingLog: {
  save(result: TrialResult): Promise<void>;
};

export class TrialTimeout extends Error {
  constructor(readonly dogId: string, readonly limitMs: number) {
    super(`${dogId} did not finish the search within ${limitMs / 1000}s`);
  }
}

const TIME_LIMIT_MS: Record<Dog['level'], number> = {
  puppy: 5 * 60_000,
  novice: 3 * 60_000,
  field: 2 * 60_000,
};

async function runTrial(dog: Dog, hide: Hide): Promise<TrialResult> {
  const limitMs = TIME_LIMIT_MS[dog.level] + hide.depthCm * 2000;
  const outcome = await Promise.race([
    arena.startSearch(dog.dogId, hide.hideId),
    new Promise<never>((_, reject) => {
      setTimeout(() => reject(new TrialTimeout(dog.dogId, limitMs)), limitMs);
    }),
  ]);
  return { dogId: dog.dogId, hideId: hide.hideId, ...outcome };
}

export async function trainingSession(dog: Dog, hides: Hide[]): Promise<TrialResult[]> {
  const results: TrialResult[] = [];
  for (const hide of hides) {
    await arena.placeHide(hide);
    let result: TrialResult;
    try {
      result = await runTrial(dog, hide);
    } catch (err) {
      if (!(err instanceof TrialTimeout)) throw err;
      result = { dogId: dog.dogId, hideId: hide.hideId, found: false, seconds: err.limitMs / 1000, falseAlerts: 0 };
    } finally {
      await arena.clearHide(hide.hideId);
    }
    await trainingLog.save(result);
    results.push(result);
  }
  return results;
}

export function readyToPromote(dog: Dog, results: TrialResult[]): boolean {
  if (results.length < 6) return false;
  const found = results.filter((r) => r.found).length / results.length;
  const alerts = results.reduce((n, r) => n + r.falseAlerts, 0) / results.length;
  const median = [...results].map((r) => r.seconds).sort((a, b) => a - b)[Math.floor(results.length / 2)];
  return found >= 0.9 && alerts < 0.5 && median * 1000 < TIME_LIMIT_MS[dog.level] / 2;
}
