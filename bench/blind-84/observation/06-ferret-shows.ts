// expect: no-unchecked-settled-results
// The allSettled results are cast to PromiseFulfilledResult and spread without checking status, so a judge whose scorecard request failed contributes an empty card and the average becomes NaN.
export interface Judge {
  id: string;
  name: string;
  ring: "A" | "B";
}

export interface Scorecard {
  judgeId: string;
  entryId: string;
  coat: number;
  condition: number;
  temperament: number;
  type: number;
}

export interface EntryResult {
  entryId: string;
  className: string;
  cards: Array<Scorecard & { judge: string }>;
  average: number;
}

declare const scoring: {
  fetchScorecard(judgeId: string, entryId: string): Promise<Scorecard>;
};

declare const showBoard: {
  publish(className: string, results: EntryResult[]): Promise<void>;
};

const WEIGHTS = { coat: 0.3, condition: 0.3, temperament: 0.25, type: 0.15 } as const;

export function weightedScore(card: Scorecard): number {
  return (
    card.coat * WEIGHTS.coat +
    card.condition * WEIGHTS.condition +
    card.temperament * WEIGHTS.temperament +
    card.type * WEIGHTS.type
  );
}

async function scoreEntry(panel: Judge[], entryId: string, className: string): Promise<EntryResult> {
  const settled = await Promise.allSettled(panel.map((judge) => scoring.fetchScorecard(judge.id, entryId)));

  const cards = settled.map((result, i) => ({
    judge: panel[i].name,
    ...(result as PromiseFulfilledResult<Scorecard>).value,
  }));

  const average = cards.reduce((sum, card) => sum + weightedScore(card), 0) / cards.length;
  return { entryId, className, cards, average: Math.round(average * 100) / 100 };
}

export async function judgeClass(
  panel: Judge[],
  className: string,
  entryIds: string[],
): Promise<EntryResult[]> {
  if (panel.length < 2) throw new Error(`class ${className} needs at least two judges`);

  const results: EntryResult[] = [];
  for (const entryId of entryIds) {
    results.push(await scoreEntry(panel, entryId, className));
  }

  results.sort((a, b) => b.average - a.average);
  await showBoard.publish(className, results);
  return results;
}

export function rosette(place: number): string {
  return ["Best in Class", "Reserve", "Third", "Highly Commended"][place] ?? "Commended";
}
