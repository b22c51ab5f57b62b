// expect: none
// `await this.stagesReady` reads a getter that builds a new promise on each access, and the poll loop calls rig.probe() afresh per iteration, so nothing uncalled or stale is awaited.
export interface StageRig {
  stageId: string;
  dimmerChannels: number[];
  probe(): Promise<{ warm: boolean; faultChannels: number[] }>;
  setLevels(levels: Map<number, number>): Promise<void>;
}

export interface LightingCue {
  name: string;
  stageId: string;
  levels: Record<number, number>;
  fadeMs: number;
}

declare const studioBus: {
  stages(): StageRig[];
};
declare const floorLog: {
  info(msg: string, meta?: Record<string, unknown>): void;
  warn(msg: string, meta?: Record<string, unknown>): void;
};

const nap = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function waitUntilWarm(rig: StageRig, attempts: number, intervalMs: number): Promise<void> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    const state = await rig.probe();
    if (state.faultChannels.length > 0) {
      floorLog.warn('dimmer faults detected', { stageId: rig.stageId, channels: state.faultChannels });
    }
    if (state.warm) return;
    await nap(intervalMs);
  }
  throw new Error(`stage ${rig.stageId} lamps did not warm up`);
}

export class PuppetStudioLighting {
  private readonly rigs = new Map<string, StageRig>();

  constructor() {
    for (const rig of studioBus.stages()) this.rigs.set(rig.stageId, rig);
  }

  get stagesReady(): Promise<void> {
    return Promise.all([...this.rigs.values()].map((rig) => waitUntilWarm(rig, 20, 500))).then(() => undefined);
  }

  private rig(stageId: string): StageRig {
    const rig = this.rigs.get(stageId);
    if (!rig) throw new Error(`no lighting rig on stage ${stageId}`);
    return rig;
  }

  async runCue(cue: LightingCue): Promise<void> {
    const rig = this.rig(cue.stageId);
    const levels = new Map<number, number>();
    for (const [channel, level] of Object.entries(cue.levels)) {
      const ch = Number(channel);
      if (!rig.dimmerChannels.includes(ch)) {
        floorLog.warn('cue references unknown channel', { cue: cue.name, channel: ch });
        continue;
      }
      levels.set(ch, Math.max(0, Math.min(100, level)));
    }
    await rig.setLevels(levels);
    if (cue.fadeMs > 0) await nap(cue.fadeMs);
  }

  async startShootingDay(openingCues: LightingCue[]): Promise<void> {
    await this.stagesReady;
    floorLog.info('all stages warm', { stages: this.rigs.size });
    for (const cue of openingCues) {
      await this.runCue(cue);
    }
  }

  async blackout(): Promise<void> {
    await Promise.all(
      [...this.rigs.values()].map((rig) => rig.setLevels(new Map(rig.dimmerChannels.map((ch) => [ch, 0])))),
    );
  }
}
