// expect: require-signal-propagation
// scoreSeries accepts options.signal but never checks it or passes it on, so cancelling a long rescoring run has no effect.
export interface RaceEntry {
  sailNumber: string;
  boatClass: string;
  elapsedSeconds: number | null;
  penalty?: 'DNF' | 'DNS' | 'DSQ' | 'OCS' | 'ZFP';
}

export interface Race {
  raceId: string;
  courseNm: number;
  entries: RaceEntry[];
}

export interface ScoreOptions {
  signal?: AbortSignal;
  discardAfter?: number;
  onProgress?: (done: number, total: number) => void;
}

declare const handicapOffice: {
  ratingFor(sailNumber: string, boatClass: string): Promise<{ secondsPerMile: number }>;
};

const PENALTY_EXTRA: Record<NonNullable<RaceEntry['penalty']>, number> = { DNF: 1, DNS: 1, DSQ: 1, OCS: 1, ZFP: 0 };

async function scoreRace(race: Race, ratings: Map<string, number>): Promise<Map<string, number>> {
  for (const entry of race.entries) {
    if (!ratings.has(entry.sailNumber)) {
      const rating = await handicapOffice.ratingFor(entry.sailNumber, entry.boatClass);
      ratings.set(entry.sailNumber, rating.secondsPerMile);
    }
  }

  const corrected = race.entries
    .filter((e) => e.elapsedSeconds !== null && (!e.penalty || e.penalty === 'ZFP'))
    .map((e) => ({ e, time: e.elapsedSeconds! - ratings.get(e.sailNumber)! * race.courseNm }))
    .sort((a, b) => a.time - b.time);

  const starters = race.entries.length;
  const points = new Map<string, number>();
  corrected.forEach(({ e }, index) => {
    const zfp = e.penalty === 'ZFP' ? Math.round(starters * 0.2) : 0;
    points.set(e.sailNumber, Math.min(index + 1 + zfp, starters + 1));
  });
  for (const e of race.entries) {
    if (!points.has(e.sailNumber)) {
      points.set(e.sailNumber, starters + (e.penalty ? PENALTY_EXTRA[e.penalty] : 1));
    }
  }
  return points;
}

export async function scoreSeries(races: Race[], options: ScoreOptions = {}): Promise<Array<{ sailNumber: string; net: number }>> {
  const { discardAfter = 5, onProgress } = options;
  const ratings = new Map<string, number>();
  const perBoat = new Map<string, number[]>();

  for (const [index, race] of races.entries()) {
    const points = await scoreRace(race, ratings);
    for (const [sail, p] of points) {
      perBoat.set(sail, [...(perBoat.get(sail) ?? []), p]);
    }
    onProgress?.(index + 1, races.length);
  }

  const discards = races.length >= discardAfter ? 1 : 0;
  return [...perBoat.entries()]
    .map(([sailNumber, scores]) => {
      const sorted = [...scores].sort((a, b) => b - a);
      const net = sorted.slice(discards).reduce((sum, s) => sum + s, 0);
      return { sailNumber, net };
    })
    .sort((a, b) => a.net - b.net || a.sailNumber.localeCompare(b.sailNumber));
}

export function protestWindowCloses(lastFinish: Date, minutes = 90): Date {
  return new Date(lastFinish.getTime() + minutes * 60_000);
}
