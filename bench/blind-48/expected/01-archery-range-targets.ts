// expect: no-uncalled-async-function
// Bug: Promise.all receives this.resetTargetFaces (the method itself) instead of its call, so target faces are never reset before the end.
export interface Archer {
  id: string;
  name: string;
  lane: number;
  bowClass: 'recurve' | 'compound' | 'barebow';
}

export interface EndPlan {
  endNumber: number;
  distanceM: number;
  assignments: Array<{ lane: number; archerIds: string[] }>;
}

declare const targetRig: {
  swapFace(laneId: number, face: '122cm' | '80cm' | 'triple-spot'): Promise<void>;
};

declare const rosterApi: {
  checkedIn(sessionId: string): Promise<Archer[]>;
};

declare const scoreboard: {
  openEnd(sessionId: string, endNumber: number): Promise<void>;
};

const FACE_FOR_DISTANCE: Record<number, '122cm' | '80cm' | 'triple-spot'> = {
  70: '122cm',
  50: '80cm',
  18: 'triple-spot',
};

export class RangeSession {
  constructor(
    private readonly sessionId: string,
    private readonly laneIds: number[],
    private readonly distanceM: number,
  ) {}

  private async resetTargetFaces(): Promise<void> {
    const face = FACE_FOR_DISTANCE[this.distanceM] ?? '122cm';
    await Promise.all(this.laneIds.map((lane) => targetRig.swapFace(lane, face)));
  }

  private async loadRoster(): Promise<Archer[]> {
    const archers = await rosterApi.checkedIn(this.sessionId);
    return archers.filter((a) => this.laneIds.includes(a.lane));
  }

  private async openScoreboard(endNumber: number): Promise<void> {
    await scoreboard.openEnd(this.sessionId, endNumber);
  }

  async prepareEnd(endNumber: number): Promise<EndPlan> {
    const [, roster] = await Promise.all([
      this.resetTargetFaces,
      this.loadRoster(),
      this.openScoreboard(endNumber),
    ]);

    const byLane = new Map<number, string[]>();
    for (const archer of roster) {
      const lane = byLane.get(archer.lane) ?? [];
      lane.push(archer.id);
      byLane.set(archer.lane, lane);
    }

    return {
      endNumber,
      distanceM: this.distanceM,
      assignments: this.laneIds
        .filter((lane) => byLane.has(lane))
        .map((lane) => ({ lane, archerIds: byLane.get(lane) ?? [] })),
    };
  }
}

export function overCapacity(plan: EndPlan, perLane = 4): number[] {
  return plan.assignments.filter((a) => a.archerIds.length > perLane).map((a) => a.lane);
}
