// expect: none
// Correct: the async check is stored as a reference and called later (`await check()`), and every async method is invoked before being awaited, joined or yielded.
export interface Pilot {
  callsign: string;
  channel: string;
  ready: boolean;
}

interface FieldHardware {
  arePadsClear(): Promise<boolean>;
  isVideoLinkUp(channel: string): Promise<boolean>;
  armTimingGates(): Promise<void>;
  sounder(tone: 'ready' | 'go' | 'abort'): Promise<void>;
}

export type PreflightCheck = { name: string; check: () => Promise<boolean> };

export class RaceDirector {
  constructor(private readonly field: FieldHardware) {}

  preflight(pilots: Pilot[]): PreflightCheck[] {
    const padsClear = this.field.arePadsClear.bind(this.field);
    return [
      { name: 'launch pads clear', check: padsClear },
      ...pilots.map((p) => ({
        name: `video link ${p.callsign} (${p.channel})`,
        check: () => this.field.isVideoLinkUp(p.channel),
      })),
      { name: 'all pilots ready', check: async () => pilots.every((p) => p.ready) },
    ];
  }

  async *runPreflight(pilots: Pilot[]): AsyncGenerator<{ name: string; ok: boolean }> {
    for (const { name, check } of this.preflight(pilots)) {
      yield { name, ok: await check() };
    }
  }

  async startHeat(pilots: Pilot[]): Promise<{ started: boolean; failed: string[] }> {
    const failed: string[] = [];
    for await (const { name, ok } of this.runPreflight(pilots)) {
      if (!ok) failed.push(name);
    }
    if (failed.length > 0) {
      await this.field.sounder('abort');
      return { started: false, failed };
    }

    await Promise.all([this.field.armTimingGates(), this.field.sounder('ready')]);
    // Random hold between 2 and 5 seconds so nobody can anticipate the tone.
    await new Promise((r) => setTimeout(r, 2000 + Math.random() * 3000));
    await this.field.sounder('go');
    return { started: true, failed };
  }
}
