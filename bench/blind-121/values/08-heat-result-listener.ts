// expect: none
// latest and count are written by the 'score' listener but only read after await once(feed, 'heat-closed'), so every score of the heat has been recorded by then.
import { EventEmitter, once } from 'node:events';

export interface KiteScore {
  heat: number;
  flyer: string;
  judge: string;
  points: number;
}

export interface HeatResult {
  heat: number;
  winner: string;
  scoresReceived: number;
  averages: Map<string, number>;
}

export class JudgingFeed extends EventEmitter {
  pushScore(score: KiteScore): void {
    this.emit('score', score);
  }

  closeHeat(heat: number): void {
    this.emit('heat-closed', heat);
  }
}

export class HeatResultCollector {
  constructor(
    private readonly feed: JudgingFeed,
    private readonly judgesPerFlyer = 3,
  ) {}

  async nextHeatResult(heat: number): Promise<HeatResult> {
    const totals = new Map<string, number[]>();
    let count = 0;
    let latest: KiteScore | undefined;

    const onScore = (score: KiteScore) => {
      if (score.heat !== heat) return;
      latest = score;
      count += 1;
      const list = totals.get(score.flyer) ?? [];
      list.push(score.points);
      totals.set(score.flyer, list);
    };

    this.feed.on('score', onScore);
    try {
      do {
        const [closed] = (await once(this.feed, 'heat-closed')) as [number];
        if (closed === heat) break;
      } while (true);
    } finally {
      this.feed.off('score', onScore);
    }

    if (!latest) {
      throw new Error(`heat ${heat} closed without any scores`);
    }

    const averages = new Map<string, number>();
    for (const [flyer, list] of totals) {
      if (list.length < this.judgesPerFlyer) continue;
      averages.set(flyer, list.reduce((a, b) => a + b, 0) / list.length);
    }
    const ranked = [...averages.entries()].sort((a, b) => b[1] - a[1]);
    if (ranked.length === 0) {
      throw new Error(`no flyer in heat ${heat} has all ${this.judgesPerFlyer} judge scores`);
    }
    return { heat, winner: ranked[0][0], scoresReceived: count, averages };
  }
}
