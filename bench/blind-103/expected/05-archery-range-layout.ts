// expect: none
// The cached layout promise is deliberately shared between callers (and dropped on failure so the next call refetches), while the lane poll calls laneStatus() afresh on every iteration, so no retry ever re-awaits an already-settled attempt.
import { setTimeout as sleep } from 'node:timers/promises';

export interface LaneInfo {
  lane: number;
  distanceM: number;
  faceCm: 40 | 60 | 80 | 122;
}

export interface RangeLayout {
  rangeId: string;
  lanes: LaneInfo[];
}

export interface LaneStatus {
  lane: number;
  open: boolean;
  bookedBy: string | null;
}

export interface RangeApi {
  fetchLayout(): Promise<RangeLayout>;
  laneStatus(lane: number): Promise<LaneStatus>;
}

export class RangeLayoutService {
  private layout: Promise<RangeLayout> | null = null;

  constructor(
    private readonly api: RangeApi,
    private readonly pollMs = 2000,
  ) {}

  getLayout(): Promise<RangeLayout> {
    if (!this.layout) {
      this.layout = this.api.fetchLayout().catch((err: unknown) => {
        this.layout = null; // let the next caller try again
        throw err;
      });
    }
    return this.layout;
  }

  invalidate(): void {
    this.layout = null;
  }

  async lanesFor(distanceM: number): Promise<LaneInfo[]> {
    const layout = await this.getLayout();
    return layout.lanes.filter((l) => l.distanceM === distanceM);
  }

  async waitForLaneOpen(lane: number, timeoutMs: number): Promise<LaneStatus> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const status = await this.api.laneStatus(lane);
      if (status.open) return status;
      if (Date.now() + this.pollMs > deadline) {
        throw new Error(`lane ${lane} still booked by ${status.bookedBy ?? 'unknown'} after ${timeoutMs}ms`);
      }
      await sleep(this.pollMs);
    }
  }

  async firstOpenLane(distanceM: number, timeoutMs: number): Promise<LaneStatus> {
    const candidates = await this.lanesFor(distanceM);
    if (candidates.length === 0) throw new Error(`no ${distanceM}m lanes on this range`);
    const statuses = await Promise.all(candidates.map((c) => this.api.laneStatus(c.lane)));
    const open = statuses.find((s) => s.open);
    if (open) return open;
    return this.waitForLaneOpen(candidates[0]!.lane, timeoutMs);
  }
}
