// expect: none
// The fixture-patch promise is memoized on purpose and shared by all callers, and the shutdown hook calls flushCues() rather than returning the method.
export interface Fixture {
  address: number;
  kind: 'par' | 'moving-head' | 'chandelier-dimmer';
  channels: number;
}

export interface Cue {
  name: string;
  fadeMs: number;
  levels: Record<number, number>;
}

declare const dmxConsole: {
  readPatch(universe: number): Promise<Fixture[]>;
  sendFrame(universe: number, frame: Uint8Array): Promise<void>;
  saveCueStack(universe: number, cues: Cue[]): Promise<void>;
};

declare const venueLifecycle: {
  onShutdown(hook: () => unknown): void;
};

export class BallroomLighting {
  private patch?: Promise<Fixture[]>;
  private readonly cues: Cue[] = [];
  private dirty = false;

  constructor(private readonly universe: number) {
    venueLifecycle.onShutdown(() => this.flushCues());
  }

  private fixtures(): Promise<Fixture[]> {
    this.patch ??= dmxConsole.readPatch(this.universe).catch((err: unknown) => {
      this.patch = undefined;
      throw err;
    });
    return this.patch;
  }

  async recordCue(name: string, fadeMs: number, levels: Record<number, number>): Promise<Cue> {
    const fixtures = await this.fixtures();
    const known = new Set(fixtures.map((f) => f.address));
    for (const address of Object.keys(levels).map(Number)) {
      if (!known.has(address)) {
        throw new Error(`cue ${name} addresses unpatched DMX channel ${address}`);
      }
    }
    const cue: Cue = { name, fadeMs, levels };
    this.cues.push(cue);
    this.dirty = true;
    return cue;
  }

  async playCue(name: string): Promise<void> {
    const cue = this.cues.find((c) => c.name === name);
    if (!cue) throw new Error(`no cue named ${name}`);
    const fixtures = await this.fixtures();
    const frame = new Uint8Array(512);
    for (const fixture of fixtures) {
      const level = cue.levels[fixture.address] ?? 0;
      const scaled = fixture.kind === 'chandelier-dimmer' ? Math.min(level, 0.85) : level;
      frame[fixture.address - 1] = Math.round(scaled * 255);
    }
    await dmxConsole.sendFrame(this.universe, frame);
  }

  async blackout(): Promise<void> {
    await dmxConsole.sendFrame(this.universe, new Uint8Array(512));
  }

  async flushCues(): Promise<void> {
    if (!this.dirty) return;
    await dmxConsole.saveCueStack(this.universe, [...this.cues]);
    this.dirty = false;
  }
}
