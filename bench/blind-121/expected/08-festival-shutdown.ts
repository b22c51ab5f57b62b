// expect: none
// The shutdown steps are typed as () => Promise<void> and each is invoked as step() inside the loop, so flushScores and the other async methods really run and are awaited.
import type { Server } from 'node:http';

export interface ScoreBuffer {
  drain(): Array<{ flyer: string; judge: string; points: number }>;
}

export interface ScoreStore {
  insertMany(rows: Array<{ flyer: string; judge: string; points: number }>): Promise<number>;
  close(): Promise<void>;
}

export interface JudgeFeed {
  broadcast(message: string): Promise<void>;
  disconnectAll(): Promise<void>;
}

export class FestivalScoringService {
  private stopping = false;

  constructor(
    private readonly http: Server,
    private readonly buffer: ScoreBuffer,
    private readonly store: ScoreStore,
    private readonly feed: JudgeFeed,
  ) {}

  async flushScores(): Promise<number> {
    const rows = this.buffer.drain();
    if (rows.length === 0) return 0;
    return this.store.insertMany(rows);
  }

  private closeHttp(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.http.close((err) => (err ? reject(err) : resolve()));
    });
  }

  private async closeFeed(): Promise<void> {
    await this.feed.broadcast('scoring closed for the day — thank you, judges');
    await this.feed.disconnectAll();
  }

  async shutdown(): Promise<string[]> {
    if (this.stopping) return [];
    this.stopping = true;

    const steps: Array<[string, () => Promise<unknown>]> = [
      ['http', () => this.closeHttp()],
      ['flush', () => this.flushScores()],
      ['feed', () => this.closeFeed()],
      ['store', () => this.store.close()],
    ];

    const problems: string[] = [];
    for (const [name, step] of steps) {
      try {
        await step();
      } catch (err) {
        problems.push(`${name}: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    return problems;
  }

  installSignalHandlers(): void {
    const onSignal = (sig: NodeJS.Signals) => {
      this.shutdown()
        .then((problems) => {
          for (const p of problems) console.error(`shutdown after ${sig}: ${p}`);
          process.exitCode = problems.length ? 1 : 0;
        })
        .catch((err: unknown) => {
          console.error(`shutdown crashed: ${String(err)}`);
          process.exitCode = 1;
        });
    };
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
  }
}
