// expect: none
// The only promise compared with === is an identity check on the cached in-flight request; every score that is shown or serialised is awaited first.
export interface Frame {
  rolls: number[];
}

interface LaneScore {
  bowler: string;
  frames: Frame[];
  total: number;
  fetchedAt: number;
}

declare const scoringApi: {
  frames(laneId: number): Promise<{ bowler: string; frames: Frame[] }>;
};

declare const overheadDisplay: {
  render(laneId: number, json: string): Promise<void>;
};

export function totalScore(frames: readonly Frame[]): number {
  const rolls = frames.flatMap((f) => f.rolls);
  let total = 0;
  let i = 0;
  for (let frame = 0; frame < 10 && i < rolls.length; frame++) {
    const first = rolls[i] ?? 0;
    if (first === 10) {
      total += 10 + (rolls[i + 1] ?? 0) + (rolls[i + 2] ?? 0);
      i += 1;
      continue;
    }
    const second = rolls[i + 1] ?? 0;
    total += first + second;
    if (first + second === 10) total += rolls[i + 2] ?? 0;
    i += 2;
  }
  return total;
}

export class LaneScoreCache {
  private readonly inflight = new Map<number, Promise<LaneScore>>();
  private readonly latest = new Map<number, LaneScore>();
  private readonly history = new Map<number, number>();

  score(laneId: number): Promise<LaneScore> {
    const pending = this.inflight.get(laneId);
    if (pending) return pending;

    const request: Promise<LaneScore> = scoringApi
      .frames(laneId)
      .then(({ bowler, frames }) => {
        const score = { bowler, frames, total: totalScore(frames), fetchedAt: Date.now() };
        this.latest.set(laneId, score);
        return score;
      })
      .finally(() => {
        if (this.inflight.get(laneId) === request) this.inflight.delete(laneId);
      });

    this.inflight.set(laneId, request);
    return request;
  }

  lastKnownTotal(laneId: number): number | undefined {
    return this.latest.get(laneId)?.total;
  }

  async scoreLine(laneId: number): Promise<string> {
    const { bowler, total, frames } = await this.score(laneId);
    const frameNo = Math.min(10, frames.length);
    return `Lane ${laneId} · ${bowler} · frame ${frameNo} · ${total}`;
  }

  async refreshDisplay(laneId: number): Promise<void> {
    const score = await this.score(laneId);
    const previous = this.history.get(laneId) ?? 0;
    const json = JSON.stringify({
      bowler: score.bowler,
      total: score.total,
      delta: score.total - previous,
      frames: score.frames.map((f) => f.rolls),
    });
    this.history.set(laneId, score.total);
    await overheadDisplay.render(laneId, json);
  }

}
