// expect: no-promise-as-value
// uploadSession puts the unawaited result of the async scoreSearches into the JSON body, so the server receives "scores": {} instead of the search scores.
export interface SearchAttempt {
  trainee: string;
  burialDepthCm: number;
  signalAcquiredS: number;
  pinpointS: number;
  probeStrikeS: number;
  shovelledOutS: number;
}

export interface SearchScore {
  trainee: string;
  totalS: number;
  grade: 'A' | 'B' | 'C' | 'retry';
}

export interface DrillSession {
  id: string;
  site: string;
  instructor: string;
  attempts: SearchAttempt[];
}

export interface AttemptStore {
  previousBest(trainee: string): Promise<number | undefined>;
}

function grade(totalS: number, depthCm: number): SearchScore['grade'] {
  // Deeper burials get more shovelling time.
  const allowance = Math.max(0, depthCm - 100) * 0.6;
  const t = totalS - allowance;
  if (t <= 240) return 'A';
  if (t <= 360) return 'B';
  if (t <= 480) return 'C';
  return 'retry';
}

export class DrillScorer {
  constructor(private readonly store: AttemptStore, private readonly uploadUrl: string) {}

  async scoreSearches(session: DrillSession): Promise<Record<string, SearchScore & { improved: boolean }>> {
    const out: Record<string, SearchScore & { improved: boolean }> = {};
    for (const a of session.attempts) {
      const totalS = a.shovelledOutS;
      const best = await this.store.previousBest(a.trainee);
      out[a.trainee] = {
        trainee: a.trainee,
        totalS,
        grade: grade(totalS, a.burialDepthCm),
        improved: best === undefined || totalS < best,
      };
    }
    return out;
  }

  async uploadSession(session: DrillSession): Promise<void> {
    const payload = {
      session: session.id,
      site: session.site,
      instructor: session.instructor,
      trainees: session.attempts.map((a) => a.trainee),
      scores: this.scoreSearches(session),
      uploadedAt: new Date().toISOString(),
    };
    const res = await fetch(this.uploadUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(payload),
    });
    if (!res.ok) {
      throw new Error(`drill upload for ${session.id} failed: ${res.status}`);
    }
  }
}
