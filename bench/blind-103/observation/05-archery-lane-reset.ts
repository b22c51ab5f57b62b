// expect: no-unchecked-settled-results
// resetAll() collects Promise.allSettled results but never looks at their status, so a lane whose arrow retrieval or score reset failed is still marked 'ready' and archers are called to the line with the previous end still downrange.
import { EventEmitter } from 'node:events';

export type LaneState = 'ready' | 'shooting' | 'collecting' | 'closed';

export interface Lane {
  id: number;
  distanceM: number;
  state: LaneState;
  endsShot: number;
}

export interface TargetRetriever {
  /** Runs the motorised trolley down the lane and back; rejects if the trolley jams. */
  pullArrows(laneId: number): Promise<void>;
}

export interface ScoringBoard {
  clear(laneId: number): Promise<void>;
}

export interface ResetSummary {
  lanes: number;
  at: string;
}

export class RangeController extends EventEmitter {
  private readonly lanes = new Map<number, Lane>();

  constructor(
    private readonly retriever: TargetRetriever,
    private readonly scoring: ScoringBoard,
  ) {
    super();
  }

  addLane(id: number, distanceM: number): void {
    this.lanes.set(id, { id, distanceM, state: 'closed', endsShot: 0 });
  }

  open(id: number): void {
    const lane = this.lanes.get(id);
    if (!lane) throw new Error(`no lane ${id}`);
    lane.state = 'ready';
  }

  recordEnd(id: number): void {
    const lane = this.lanes.get(id);
    if (lane?.state === 'shooting') {
      lane.endsShot += 1;
      lane.state = 'collecting';
    }
  }

  async resetAll(): Promise<ResetSummary> {
    const active = [...this.lanes.values()].filter((l) => l.state !== 'closed');
    const results = await Promise.allSettled(active.map((lane) => this.resetLane(lane)));
    for (const lane of active) {
      lane.state = 'ready';
    }
    const summary: ResetSummary = { lanes: results.length, at: new Date().toISOString() };
    this.emit('range-ready', summary);
    return summary;
  }

  private async resetLane(lane: Lane): Promise<void> {
    lane.state = 'collecting';
    await this.retriever.pullArrows(lane.id);
    await this.scoring.clear(lane.id);
    lane.endsShot = 0;
  }
}
