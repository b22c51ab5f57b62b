// expect: no-multiple-settle
// The deadline timer is never cleared when the panel submits, so it later fires reject on an already-resolved promise and keeps the round alive.
import { EventEmitter } from "node:events";

export interface JudgeScore {
  judgeId: string;
  creativity: number;
  structure: number;
  detail: number;
}

export interface PanelResult {
  entryId: string;
  scores: JudgeScore[];
  total: number;
}

declare const panelBus: EventEmitter;
declare const leaderboard: {
  record(result: PanelResult): Promise<void>;
};
declare const announcer: {
  say(message: string): Promise<void>;
};

const WEIGHTS = { creativity: 0.4, structure: 0.35, detail: 0.25 } as const;

export class JudgingTimeoutError extends Error {
  constructor(readonly entryId: string, readonly missing: string[]) {
    super(`entry ${entryId}: no scores from ${missing.join(", ")}`);
    this.name = "JudgingTimeoutError";
  }
}

function weighted(score: JudgeScore): number {
  return (
    score.creativity * WEIGHTS.creativity +
    score.structure * WEIGHTS.structure +
    score.detail * WEIGHTS.detail
  );
}

function collectScores(entryId: string, judges: string[], deadlineMs: number): Promise<JudgeScore[]> {
  return new Promise<JudgeScore[]>((resolve, reject) => {
    const pending = new Set(judges);
    const received: JudgeScore[] = [];

    const onScore = (forEntry: string, score: JudgeScore) => {
      if (forEntry !== entryId || !pending.has(score.judgeId)) return;
      pending.delete(score.judgeId);
      received.push(score);
      if (pending.size === 0) {
        panelBus.off("score", onScore);
        resolve(received);
      }
    };

    setTimeout(() => {
      panelBus.off("score", onScore);
      reject(new JudgingTimeoutError(entryId, [...pending]));
    }, deadlineMs);

    panelBus.on("score", onScore);
    panelBus.emit("open-entry", entryId, judges);
  });
}

export async function judgeEntry(
  entryId: string,
  judges: string[],
  deadlineMs = 90_000,
): Promise<PanelResult> {
  const scores = await collectScores(entryId, judges, deadlineMs);
  const total = scores.reduce((sum, s) => sum + weighted(s), 0) / scores.length;
  const result: PanelResult = { entryId, scores, total: Math.round(total * 100) / 100 };
  await leaderboard.record(result);
  return result;
}

export async function runRound(entries: string[], judges: string[]): Promise<PanelResult[]> {
  const results: PanelResult[] = [];
  for (const entryId of entries) {
    await announcer.say(`Judges, please score sandcastle ${entryId}`);
    results.push(await judgeEntry(entryId, judges));
  }
  results.sort((a, b) => b.total - a.total);
  return results;
}
