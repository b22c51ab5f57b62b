// expect: none
// The promise settles once: resolve only when the last judge's score arrives, reject on re-ride or timeout, and every path runs cleanup that clears the timer and detaches both listeners.
import { EventEmitter } from 'node:events';

export interface JudgeScore {
  rideId: string;
  judge: string;
  riderMarks: number;
  animalMarks: number;
  penalties: number;
}

export interface RideResult {
  rideId: string;
  total: number;
  scores: JudgeScore[];
}

export class RerideGrantedError extends Error {
  constructor(readonly rideId: string, readonly reason: string) {
    super(`Re-ride granted for ${rideId}: ${reason}`);
    this.name = 'RerideGrantedError';
  }
}

export interface Scoreboard extends EventEmitter {
  on(event: 'score', listener: (score: JudgeScore) => void): this;
  on(event: 'reride', listener: (rideId: string, reason: string) => void): this;
  off(event: 'score', listener: (score: JudgeScore) => void): this;
  off(event: 'reride', listener: (rideId: string, reason: string) => void): this;
}

export function collectJudgeScores(
  board: Scoreboard,
  rideId: string,
  judges: readonly string[],
  timeoutMs = 90_000,
): Promise<JudgeScore[]> {
  return new Promise<JudgeScore[]>((resolve, reject) => {
    if (judges.length === 0) {
      reject(new Error(`Ride ${rideId}: no judges assigned`));
      return;
    }
    const received = new Map<string, JudgeScore>();

    const onScore = (score: JudgeScore) => {
      if (score.rideId !== rideId || !judges.includes(score.judge)) return;
      received.set(score.judge, score);
      if (received.size === judges.length) {
        cleanup();
        resolve(judges.map((j) => received.get(j)!));
      }
    };
    const onReride = (id: string, reason: string) => {
      if (id !== rideId) return;
      cleanup();
      reject(new RerideGrantedError(id, reason));
    };
    const timer = setTimeout(() => {
      cleanup();
      const missing = judges.filter((j) => !received.has(j));
      reject(new Error(`Ride ${rideId}: no score from ${missing.join(', ')}`));
    }, timeoutMs);

    function cleanup(): void {
      clearTimeout(timer);
      board.off('score', onScore);
      board.off('reride', onReride);
    }

    board.on('score', onScore);
    board.on('reride', onReride);
  });
}

export function totalRide(scores: JudgeScore[]): number {
  // Each judge scores rider and animal out of 25; two judges give a 100-point ride.
  const raw = scores.reduce((sum, s) => sum + s.riderMarks + s.animalMarks - s.penalties, 0);
  return Math.round((raw * 2 * 100) / scores.length) / 100;
}

export async function scoreRide(board: Scoreboard, rideId: string, judges: string[]): Promise<RideResult> {
  const scores = await collectJudgeScores(board, rideId, judges);
  return { rideId, total: totalRide(scores), scores };
}
