// expect: none
// The listener starts persistence without awaiting it but chains a catch that records the failure for retry, so no rejection can escape.
import { EventEmitter } from 'node:events';

export interface TastingScore {
  sessionId: string;
  taster: string;
  teaId: string;
  aroma: number;
  liquor: number;
  infusedLeaf: number;
  notes: string;
}

export interface ScoreStore {
  insert(score: TastingScore): Promise<void>;
}

interface FailedWrite {
  score: TastingScore;
  error: unknown;
  attempts: number;
}

export class TastingPanelRecorder extends EventEmitter {
  private readonly failed: FailedWrite[] = [];
  private persisted = 0;

  constructor(
    private readonly panel: EventEmitter,
    private readonly store: ScoreStore,
  ) {
    super();
    panel.on('score', (score: TastingScore) => {
      if (!this.isValid(score)) {
        this.emit('rejected-score', score);
        return;
      }
      this.persist(score).catch((error: unknown) => {
        this.failed.push({ score, error, attempts: 1 });
        this.emit('persist-failed', score.teaId, score.taster);
      });
    });
  }

  get pendingRetries(): number {
    return this.failed.length;
  }

  async retryFailed(): Promise<number> {
    const batch = this.failed.splice(0);
    let recovered = 0;
    for (const entry of batch) {
      try {
        await this.persist(entry.score);
        recovered += 1;
      } catch (error) {
        this.failed.push({ ...entry, error, attempts: entry.attempts + 1 });
      }
    }
    return recovered;
  }

  private async persist(score: TastingScore): Promise<void> {
    await this.store.insert(score);
    this.persisted += 1;
    this.emit('persisted', this.persisted);
  }

  private isValid(score: TastingScore): boolean {
    const inRange = (n: number) => Number.isInteger(n) && n >= 1 && n <= 10;
    return inRange(score.aroma) && inRange(score.liquor) && inRange(score.infusedLeaf);
  }
}
