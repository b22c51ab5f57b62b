// expect: no-floating-promises
// The 'volley-end' listener is async, and EventEmitter ignores the promise it returns, so a failed scoring or publish call becomes an unhandled rejection.
import { EventEmitter } from 'node:events';

export interface Arrow {
  ring: number;
  x: boolean;
}

export interface Volley {
  lane: number;
  archerId: string;
  end: number;
  arrows: Arrow[];
}

export interface LaneScore {
  lane: number;
  archerId: string;
  total: number;
  xCount: number;
  ends: number;
}

declare const scoringService: {
  recordEnd(volley: Volley, endTotal: number): Promise<LaneScore>;
};

declare const scoreboard: {
  publish(score: LaneScore): Promise<void>;
};

export function endTotal(arrows: Arrow[]): number {
  return arrows.reduce((sum, a) => sum + Math.min(10, Math.max(0, a.ring)), 0);
}

export function validateVolley(v: Volley, arrowsPerEnd: number): string | null {
  if (v.arrows.length !== arrowsPerEnd) return `lane ${v.lane} shot ${v.arrows.length} arrows, expected ${arrowsPerEnd}`;
  if (v.arrows.some((a) => a.x && a.ring !== 10)) return `lane ${v.lane} marked an X outside the 10 ring`;
  return null;
}

export class RangeController extends EventEmitter {
  private readonly lanesOnLine = new Set<number>();
  private whistleBlasts = 0;

  constructor(readonly arrowsPerEnd = 6) {
    super();
  }

  callToLine(lanes: number[]): void {
    for (const lane of lanes) this.lanesOnLine.add(lane);
    this.whistleBlasts = 2;
    this.emit('whistle', this.whistleBlasts);
  }

  submitVolley(volley: Volley): void {
    const problem = validateVolley(volley, this.arrowsPerEnd);
    if (problem) {
      this.emit('dispute', volley, problem);
      return;
    }
    this.lanesOnLine.delete(volley.lane);
    this.emit('volley-end', volley);
    if (this.lanesOnLine.size === 0) {
      this.whistleBlasts = 3;
      this.emit('whistle', this.whistleBlasts);
    }
  }
}

export function wireScoreboard(range: RangeController, log: (line: string) => void): void {
  range.on('whistle', (blasts: number) => {
    log(blasts === 3 ? 'all clear: archers may collect arrows' : 'archers to the shooting line');
  });

  range.on('dispute', (volley: Volley, problem: string) => {
    log(`judge called to lane ${volley.lane}: ${problem}`);
  });

  range.on('volley-end', async (volley: Volley) => {
    const score = await scoringService.recordEnd(volley, endTotal(volley.arrows));
    await scoreboard.publish(score);
    log(`lane ${score.lane}: ${score.total} after ${score.ends} ends (${score.xCount} X)`);
  });
}
