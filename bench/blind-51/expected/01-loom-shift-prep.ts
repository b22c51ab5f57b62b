// expect: no-uncalled-async-function
// prepareShift puts this.warmPatternCache (the method itself) into Promise.all instead of calling it, so the pattern cache is never warmed.
export interface LoomRoom {
  roomId: string;
  looms: Array<{ loomId: string; warpEnds: number; active: boolean }>;
}

export interface WeavingPattern {
  patternId: string;
  picksPerRepeat: number;
  colours: string[];
}

export interface ShiftPlan {
  roomId: string;
  assignments: Array<{ loomId: string; patternId: string; weaver: string }>;
}

declare const patternStore: {
  list(roomId: string): Promise<WeavingPattern[]>;
};
declare const yarnInventory: {
  reserve(roomId: string, colours: string[]): Promise<void>;
  refresh(): Promise<void>;
};
declare const rota: {
  weaversOnShift(roomId: string, shiftStart: Date): Promise<string[]>;
};
declare const workshopLog: {
  info(msg: string, meta?: Record<string, unknown>): void;
};

export class LoomRoomCoordinator {
  private readonly patterns = new Map<string, WeavingPattern>();
  private weavers: string[] = [];

  constructor(private readonly room: LoomRoom, private readonly shiftStart: Date) {}

  async warmPatternCache(): Promise<void> {
    const patterns = await patternStore.list(this.room.roomId);
    this.patterns.clear();
    for (const pattern of patterns) this.patterns.set(pattern.patternId, pattern);
  }

  async loadWeavers(): Promise<void> {
    this.weavers = await rota.weaversOnShift(this.room.roomId, this.shiftStart);
  }

  async prepareShift(): Promise<void> {
    await Promise.all([this.warmPatternCache, this.loadWeavers(), yarnInventory.refresh()]);
    workshopLog.info('loom room prepared', {
      roomId: this.room.roomId,
      patterns: this.patterns.size,
      weavers: this.weavers.length,
    });
  }

  planShift(requested: Map<string, string>): ShiftPlan {
    const activeLooms = this.room.looms.filter((loom) => loom.active);
    const assignments: ShiftPlan['assignments'] = [];
    let weaverIndex = 0;
    for (const loom of activeLooms) {
      const patternId = requested.get(loom.loomId);
      if (!patternId) continue;
      const pattern = this.patterns.get(patternId);
      if (!pattern) {
        workshopLog.info('pattern not available, loom idle', { loomId: loom.loomId, patternId });
        continue;
      }
      const weaver = this.weavers[weaverIndex % Math.max(this.weavers.length, 1)];
      if (!weaver) break;
      assignments.push({ loomId: loom.loomId, patternId, weaver });
      weaverIndex += 1;
    }
    return { roomId: this.room.roomId, assignments };
  }

  async reserveYarn(plan: ShiftPlan): Promise<void> {
    const colours = new Set<string>();
    for (const assignment of plan.assignments) {
      for (const colour of this.patterns.get(assignment.patternId)?.colours ?? []) colours.add(colour);
    }
    await yarnInventory.reserve(plan.roomId, [...colours]);
  }

  async openShift(requested: Map<string, string>): Promise<ShiftPlan> {
    await this.prepareShift();
    const plan = this.planShift(requested);
    await this.reserveYarn(plan);
    return plan;
  }
}
