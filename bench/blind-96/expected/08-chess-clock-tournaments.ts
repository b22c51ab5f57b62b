// expect: no-reused-settled-promise
// publishRound's recovery handler waits and then returns the same upload promise that just rejected, so the "retry" immediately rejects again with the original error and the round's results are never re-sent to the federation server.
import { EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

export interface GameResult {
  board: number;
  white: string;
  black: string;
  score: '1-0' | '0-1' | '1/2-1/2' | '+/-' | '-/+';
  whiteClockMs: number;
  blackClockMs: number;
}

export interface FederationClient {
  uploadRound(event: string, round: number, results: GameResult[]): Promise<{ receipt: string }>;
}

export class ResultsPublisher extends EventEmitter {
  constructor(
    private readonly federation: FederationClient,
    private readonly eventCode: string,
    private readonly retryDelayMs = 5_000,
  ) {
    super();
  }

  private validate(round: number, results: GameResult[]): void {
    const boards = new Set<number>();
    for (const r of results) {
      if (boards.has(r.board)) throw new Error(`round ${round}: board ${r.board} reported twice`);
      boards.add(r.board);
      if (r.whiteClockMs < 0 || r.blackClockMs < 0) throw new Error(`round ${round}: negative clock on board ${r.board}`);
    }
  }

  publishRound(round: number, results: GameResult[]): Promise<string> {
    this.validate(round, results);
    const upload = this.federation.uploadRound(this.eventCode, round, results);
    return upload
      .catch(async (err: unknown) => {
        this.emit('upload-retry', round, err);
        await sleep(this.retryDelayMs);
        return upload;
      })
      .then(({ receipt }) => {
        this.emit('published', round, receipt);
        return receipt;
      });
  }
}

export function crossTable(rounds: GameResult[][]): Map<string, number> {
  const points = new Map<string, number>();
  const add = (player: string, pts: number) => points.set(player, (points.get(player) ?? 0) + pts);
  for (const round of rounds) {
    for (const g of round) {
      if (g.score === '1-0' || g.score === '+/-') {
        add(g.white, 1);
        add(g.black, 0);
      } else if (g.score === '0-1' || g.score === '-/+') {
        add(g.white, 0);
        add(g.black, 1);
      } else {
        add(g.white, 0.5);
        add(g.black, 0.5);
      }
    }
  }
  return points;
}
