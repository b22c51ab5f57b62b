// expect: no-promise-as-value
// On a status-cache miss the ?? falls back to judging.runStatus() without await, so `status` is a Promise that never equals 'scored' and any run whose status was not already cached via noteStatus() is never pushed to the public scoreboard.
import { EventEmitter } from 'node:events';

export type RunStatus = 'walking-out' | 'running' | 'retired' | 'scored';

export interface JudgingDesk {
  runStatus(runId: string): Promise<RunStatus>;
  pointsLost(runId: string): Promise<Record<string, number>>;
}

export interface Scoreboard {
  post(row: { runId: string; handler: string; dog: string; score: number }): Promise<void>;
}

export interface RunCard {
  runId: string;
  handler: string;
  dog: string;
  class: 'nursery' | 'novice' | 'open';
}

const MAX_SCORE: Record<RunCard['class'], number> = { nursery: 90, novice: 100, open: 110 };

export function createPublisher(judging: JudgingDesk, board: Scoreboard) {
  const published = new Set<string>();
  const statusCache = new Map<string, RunStatus>();
  const events = new EventEmitter();

  async function publishIfFinal(card: RunCard): Promise<boolean> {
    if (published.has(card.runId)) return false;
    const status = statusCache.get(card.runId) ?? judging.runStatus(card.runId);
    if (status !== 'scored') return false;

    const lost = await judging.pointsLost(card.runId);
    const total = Object.values(lost).reduce((a, b) => a + b, 0);
    const score = Math.max(0, MAX_SCORE[card.class] - total);
    await board.post({ runId: card.runId, handler: card.handler, dog: card.dog, score });
    published.add(card.runId);
    events.emit('published', { runId: card.runId, score });
    return true;
  }

  async function sweep(cards: RunCard[]): Promise<number> {
    let count = 0;
    for (const card of cards) {
      if (await publishIfFinal(card)) count++;
    }
    return count;
  }

  return {
    publishIfFinal,
    noteStatus(runId: string, status: RunStatus): void {
      statusCache.set(runId, status);
    },
    sweep,
    onPublished(listener: (e: { runId: string; score: number }) => void): () => void {
      events.on('published', listener);
      return () => events.off('published', listener);
    },
    reset(): void {
      published.clear();
      statusCache.clear();
    },
  };
}
