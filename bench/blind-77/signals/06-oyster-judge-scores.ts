// expect: require-signal-propagation
// Bug: the pause between polls uses timers/promises setTimeout without { signal }, so aborting pollJudgeScores waits out the whole interval.
import { setTimeout as sleep } from 'node:timers/promises';

export interface JudgeCard {
  judgeId: string;
  competitorId: string;
  presentation: number;
  cleanliness: number;
  detachment: number;
}

export interface HeatScores {
  heatId: string;
  complete: boolean;
  cards: JudgeCard[];
}

export interface Standing {
  competitorId: string;
  score: number;
  cards: number;
}

declare const contestApi: { baseUrl: string; token: string };

async function fetchHeat(heatId: string, signal: AbortSignal): Promise<HeatScores> {
  const res = await fetch(`${contestApi.baseUrl}/heats/${heatId}/scores`, {
    headers: { authorization: `Bearer ${contestApi.token}` },
    signal,
  });
  if (!res.ok) throw new Error(`scores for heat ${heatId}: HTTP ${res.status}`);
  return (await res.json()) as HeatScores;
}

export async function pollJudgeScores(
  heatId: string,
  opts: { signal: AbortSignal; intervalMs?: number; judges: number },
): Promise<HeatScores> {
  const intervalMs = opts.intervalMs ?? 3_000;
  let seen = -1;

  for (;;) {
    opts.signal.throwIfAborted();
    const heat = await fetchHeat(heatId, opts.signal);
    const competitors = new Set(heat.cards.map((c) => c.competitorId)).size;

    if (heat.complete && heat.cards.length === competitors * opts.judges) return heat;
    if (heat.cards.length !== seen) {
      seen = heat.cards.length;
      console.info(`heat ${heatId}: ${seen} judge cards in`);
    }
    await sleep(intervalMs);
  }
}

export function standings(heat: HeatScores): Standing[] {
  const totals = new Map<string, { sum: number; cards: number }>();
  for (const card of heat.cards) {
    const entry = totals.get(card.competitorId) ?? { sum: 0, cards: 0 };
    // Detachment counts double: a half-attached oyster is the classic lost point.
    entry.sum += card.presentation + card.cleanliness + 2 * card.detachment;
    entry.cards++;
    totals.set(card.competitorId, entry);
  }
  return [...totals.entries()]
    .map(([competitorId, t]) => ({ competitorId, score: Math.round((t.sum / t.cards) * 10) / 10, cards: t.cards }))
    .sort((a, b) => b.score - a.score);
}

export async function finalStandings(heatId: string, judges: number, signal: AbortSignal): Promise<Standing[]> {
  const heat = await pollJudgeScores(heatId, { signal, judges });
  return standings(heat);
}
