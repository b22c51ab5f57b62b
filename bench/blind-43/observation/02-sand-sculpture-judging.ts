// expect: none
// The forecast request starts early but both outcomes are handled the moment it is created, so it cannot reject unobserved while scores load.
export interface Entry {
  entryId: string;
  team: string;
  category: 'solo' | 'team' | 'junior';
  plotNo: number;
}

export interface JudgeScore {
  judge: string;
  detail: number;
  scale: number;
  durability: number;
}

export interface Forecast {
  highTideAt: Date;
  gustKnots: number;
  rainMm: number;
}

export interface Standing {
  entryId: string;
  team: string;
  total: number;
  weatherAdjusted: boolean;
}

declare const weatherService: {
  tideAndWind(beachId: string, day: string): Promise<Forecast>;
};
declare const registry: {
  entries(contestId: string): Promise<Entry[]>;
};
declare const judgesPanel: {
  scores(entryId: string): Promise<JudgeScore[]>;
};
declare const contestLog: {
  warn(message: string, fields?: Record<string, unknown>): void;
};

type ForecastOutcome = { ok: true; forecast: Forecast } | { ok: false; error: unknown };

function average(scores: JudgeScore[], pick: (s: JudgeScore) => number): number {
  if (scores.length === 0) return 0;
  return scores.reduce((sum, s) => sum + pick(s), 0) / scores.length;
}

function durabilityWeight(forecast: Forecast | undefined): number {
  if (!forecast) return 1;
  if (forecast.gustKnots > 25 || forecast.rainMm > 5) return 1.5;
  return 1;
}

export async function rankEntries(contestId: string, beachId: string, day: string): Promise<Standing[]> {
  const forecastOutcome: Promise<ForecastOutcome> = weatherService.tideAndWind(beachId, day).then(
    (forecast) => ({ ok: true, forecast }),
    (error: unknown) => ({ ok: false, error }),
  );

  const entries = await registry.entries(contestId);
  const scoreSheets = await Promise.all(entries.map((e) => judgesPanel.scores(e.entryId)));

  const outcome = await forecastOutcome;
  if (!outcome.ok) {
    contestLog.warn('forecast unavailable, using unweighted durability', { contestId, error: String(outcome.error) });
  }
  const weight = durabilityWeight(outcome.ok ? outcome.forecast : undefined);

  return entries
    .map((entry, i) => {
      const scores = scoreSheets[i];
      const total =
        average(scores, (s) => s.detail) + average(scores, (s) => s.scale) + average(scores, (s) => s.durability) * weight;
      return { entryId: entry.entryId, team: entry.team, total: Math.round(total * 10) / 10, weatherAdjusted: weight !== 1 };
    })
    .sort((a, b) => b.total - a.total);
}
