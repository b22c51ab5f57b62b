// expect: no-multiple-settle
// The executor is async and awaits db.query before wiring up the tally listeners; if that query rejects, the rejection is lost inside the executor and the returned promise never settles.
import { EventEmitter } from 'node:events';

interface JudgeRow {
  judge_id: string;
  display_name: string;
}

declare const db: { query<T>(sql: string, params?: unknown[]): Promise<T[]> };

export interface BoutScore {
  poetId: string;
  scores: Record<string, number>;
  total: number; // high and low dropped, as per slam rules
}

/**
 * Judges score from their phones; each score arrives on the bout's emitter
 * as a 'score' event. The bout closes when every seated judge has scored.
 */
export class BoutTally {
  constructor(
    private readonly boutId: string,
    private readonly events: EventEmitter,
  ) {}

  collect(poetId: string, timeLimitMs = 120_000): Promise<BoutScore> {
    return new Promise<BoutScore>(async (resolve, reject) => {
      const judges = await db.query<JudgeRow>(
        'SELECT judge_id, display_name FROM bout_judges WHERE bout_id = $1 AND seated',
        [this.boutId],
      );
      const expected = new Set(judges.map((j) => j.judge_id));
      const scores: Record<string, number> = {};

      const onScore = (msg: { poetId: string; judgeId: string; value: number }) => {
        if (msg.poetId !== poetId || !expected.has(msg.judgeId)) return;
        if (msg.value < 0 || msg.value > 10) return;
        scores[msg.judgeId] = msg.value;
        if (Object.keys(scores).length === expected.size) {
          clearTimeout(timer);
          this.events.off('score', onScore);
          resolve({ poetId, scores, total: dropHighLow(Object.values(scores)) });
        }
      };

      const timer = setTimeout(() => {
        this.events.off('score', onScore);
        const missing = judges.filter((j) => !(j.judge_id in scores)).map((j) => j.display_name);
        reject(new Error(`judges did not score in time: ${missing.join(', ')}`));
      }, timeLimitMs);

      this.events.on('score', onScore);
      this.events.emit('open-scoring', { boutId: this.boutId, poetId });
    });
  }
}

function dropHighLow(values: number[]): number {
  if (values.length < 3) return values.reduce((a, b) => a + b, 0);
  const sorted = [...values].sort((a, b) => a - b);
  const kept = sorted.slice(1, -1);
  return Math.round(kept.reduce((a, b) => a + b, 0) * 10) / 10;
}

export async function runRound(tally: BoutTally, poets: string[]): Promise<BoutScore[]> {
  const results: BoutScore[] = [];
  for (const poetId of poets) {
    results.push(await tally.collect(poetId));
  }
  return results.sort((a, b) => b.total - a.total);
}
