// expect: no-reused-settled-promise
// waitForFinalScore starts the scoreboard request once and then re-awaits that same settled promise on every poll, so it keeps seeing the first "in progress" answer (or the first network error) and never picks up the final score.
import { setTimeout as sleep } from 'node:timers/promises';

export interface SheetScore {
  sheet: 'A' | 'B' | 'C' | 'D' | 'E';
  end: number;
  red: number;
  yellow: number;
  final: boolean;
}

export interface Scoreboard {
  read(sheet: SheetScore['sheet'], opts: { signal?: AbortSignal }): Promise<SheetScore>;
}

export interface PollOptions {
  intervalMs?: number;
  maxPolls?: number;
  signal?: AbortSignal;
}

export class ScoreWatcher {
  constructor(private readonly board: Scoreboard) {}

  async waitForFinalScore(sheet: SheetScore['sheet'], opts: PollOptions = {}): Promise<SheetScore> {
    const { intervalMs = 15_000, maxPolls = 120, signal } = opts;
    const latest = this.board.read(sheet, { signal });
    let lastError: unknown;

    for (let poll = 0; poll < maxPolls; poll++) {
      try {
        const score = await latest;
        if (score.final) return score;
        lastError = undefined;
      } catch (err) {
        if (signal?.aborted) throw err;
        lastError = err;
      }
      await sleep(intervalMs, undefined, { signal });
    }
    throw new Error(`sheet ${sheet} had no final score after ${maxPolls} polls`, { cause: lastError });
  }

  async waitForDraw(sheets: SheetScore['sheet'][], opts: PollOptions = {}): Promise<Map<string, SheetScore>> {
    const finals = await Promise.all(sheets.map((s) => this.waitForFinalScore(s, opts)));
    return new Map(finals.map((f) => [f.sheet, f]));
  }
}

export function winner(score: SheetScore): 'red' | 'yellow' | 'tie' {
  if (score.red === score.yellow) return 'tie';
  return score.red > score.yellow ? 'red' : 'yellow';
}

export function summariseDraw(finals: Map<string, SheetScore>): string {
  return [...finals.values()]
    .sort((a, b) => a.sheet.localeCompare(b.sheet))
    .map((s) => `Sheet ${s.sheet}: red ${s.red} – ${s.yellow} yellow after ${s.end} ends (${winner(s)})`)
    .join('\n');
}
