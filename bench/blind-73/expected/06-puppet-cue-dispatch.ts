// expect: none
// The cue table stores bound method references on purpose; dispatch() looks a handler up and calls it with the cue before awaiting.
export type CueKind = 'fly' | 'drop' | 'light' | 'sound';

export interface Cue {
  number: number;
  kind: CueKind;
  target: string;
  value: number;
  waitMs?: number;
}

type CueHandler = (cue: Cue) => Promise<void>;

interface Winch {
  moveTo(batten: string, heightMm: number): Promise<void>;
  release(batten: string): Promise<void>;
}

declare const winch: Winch;

declare const lightingDesk: {
  fade(channel: string, level: number, ms: number): Promise<void>;
};

declare const soundDesk: {
  play(clip: string, gainDb: number): Promise<void>;
};

declare const stageManager: {
  standby(cue: Cue): void;
  went(cue: Cue, ms: number): void;
};

export class PuppetRig {
  private readonly handlers = new Map<CueKind, CueHandler>();
  private readonly flownHeights = new Map<string, number>();

  constructor(private readonly safetyCeilingMm: number) {
    this.handlers.set('fly', this.flyBatten.bind(this));
    this.handlers.set('drop', this.dropBatten.bind(this));
    this.handlers.set('light', (cue) => lightingDesk.fade(cue.target, cue.value, cue.waitMs ?? 1_000));
    this.handlers.set('sound', (cue) => soundDesk.play(cue.target, cue.value));
  }

  handlerFor(kind: CueKind): CueHandler {
    const handler = this.handlers.get(kind);
    if (!handler) throw new Error(`no handler for ${kind} cues`);
    return handler;
  }

  private async flyBatten(cue: Cue): Promise<void> {
    const height = Math.min(cue.value, this.safetyCeilingMm);
    await winch.moveTo(cue.target, height);
    this.flownHeights.set(cue.target, height);
  }

  private async dropBatten(cue: Cue): Promise<void> {
    if (!this.flownHeights.has(cue.target)) return;
    await winch.release(cue.target);
    this.flownHeights.delete(cue.target);
  }

  async dispatch(cue: Cue): Promise<void> {
    stageManager.standby(cue);
    const started = Date.now();
    const run = this.handlerFor(cue.kind);
    await run(cue);
    stageManager.went(cue, Date.now() - started);
  }

  async runAct(cues: Cue[]): Promise<number> {
    const ordered = [...cues].sort((a, b) => a.number - b.number);
    let executed = 0;
    for (const cue of ordered) {
      await this.dispatch(cue);
      executed++;
    }
    return executed;
  }

  flown(): string[] {
    return [...this.flownHeights.keys()];
  }
}
