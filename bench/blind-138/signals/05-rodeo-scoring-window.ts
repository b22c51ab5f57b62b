// expect: no-leaked-race
// The scoring-window timer is never cleared after the judges' scores win the race, so every ride leaves a live 45-second timer that later fires a pointless rejection and holds the process open.
export interface JudgeTablet {
  judge: string;
  awaitScore(rideId: string): Promise<{ rider: number; animal: number }>;
}

export interface RideScore {
  rideId: string;
  total: number;
  byJudge: Record<string, number>;
}

export class ScoringWindowClosedError extends Error {
  constructor(readonly rideId: string, readonly windowMs: number) {
    super(`Scoring window for ride ${rideId} closed after ${windowMs / 1000}s`);
    this.name = 'ScoringWindowClosedError';
  }
}

function aggregate(rideId: string, judges: string[], marks: Array<{ rider: number; animal: number }>): RideScore {
  const byJudge: Record<string, number> = {};
  let sum = 0;
  marks.forEach((m, i) => {
    const judgeTotal = m.rider + m.animal;
    byJudge[judges[i]!] = judgeTotal;
    sum += judgeTotal;
  });
  const total = judges.length === 2 ? sum : (sum / judges.length) * 2;
  return { rideId, total: Math.round(total * 4) / 4, byJudge };
}

export async function collectRideScores(
  tablets: JudgeTablet[],
  rideId: string,
  windowMs = 45_000,
): Promise<RideScore> {
  const submissions = Promise.all(tablets.map((t) => t.awaitScore(rideId)));
  const windowClosed = new Promise<never>((_, reject) => {
    setTimeout(() => reject(new ScoringWindowClosedError(rideId, windowMs)), windowMs);
  });

  const marks = await Promise.race([submissions, windowClosed]);
  return aggregate(
    rideId,
    tablets.map((t) => t.judge),
    marks,
  );
}

export async function scoreGo(
  tablets: JudgeTablet[],
  rideIds: string[],
): Promise<{ scored: RideScore[]; missing: string[] }> {
  const scored: RideScore[] = [];
  const missing: string[] = [];
  for (const rideId of rideIds) {
    try {
      scored.push(await collectRideScores(tablets, rideId));
    } catch (err) {
      if (err instanceof ScoringWindowClosedError) {
        missing.push(rideId);
        continue;
      }
      throw err;
    }
  }
  return { scored, missing };
}
