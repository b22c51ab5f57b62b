// expect: no-uncalled-async-function
// The preflight Promise.all lists syncSoundToFm without calling it, so the FM transmitter is never tuned before the show starts.
export interface Projector {
  id: string;
  screen: number;
  lampHours: number;
}

export interface Showing {
  screen: number;
  title: string;
  reelCount: number;
  startsAt: Date;
  fmFrequency: number;
}

declare const lampControl: {
  strike(projectorId: string): Promise<{ lumens: number }>;
};
declare const platter: {
  thread(projectorId: string, reels: number): Promise<void>;
};
declare const fmTransmitter: {
  tune(screen: number, mhz: number): Promise<void>;
  testTone(screen: number): Promise<boolean>;
};
declare const concession: { announce(screen: number, message: string): Promise<void> };

const MIN_LUMENS = 18_000;
const LAMP_REPLACE_HOURS = 2_000;

async function warmLamp(projector: Projector): Promise<number> {
  if (projector.lampHours > LAMP_REPLACE_HOURS) {
    throw new Error(`projector ${projector.id}: lamp past ${LAMP_REPLACE_HOURS}h, replace before screening`);
  }
  const { lumens } = await lampControl.strike(projector.id);
  if (lumens < MIN_LUMENS) {
    throw new Error(`projector ${projector.id}: only ${lumens} lumens`);
  }
  return lumens;
}

export class ScreenPreflight {
  constructor(
    private readonly projector: Projector,
    private readonly showing: Showing,
  ) {}

  private threadFilm = async (): Promise<void> => {
    await platter.thread(this.projector.id, this.showing.reelCount);
  };

  private syncSoundToFm = async (): Promise<void> => {
    await fmTransmitter.tune(this.showing.screen, this.showing.fmFrequency);
    const ok = await fmTransmitter.testTone(this.showing.screen);
    if (!ok) throw new Error(`screen ${this.showing.screen}: no carrier on ${this.showing.fmFrequency} FM`);
  };

  async run(): Promise<{ lumens: number; readyAt: Date }> {
    const [lumens] = await Promise.all([
      warmLamp(this.projector),
      this.threadFilm(),
      this.syncSoundToFm,
    ]);
    await concession.announce(
      this.showing.screen,
      `${this.showing.title} starts at ${this.showing.startsAt.toLocaleTimeString()}, tune to ${this.showing.fmFrequency} FM`,
    );
    return { lumens, readyAt: new Date() };
  }
}

export async function preflightAll(pairs: Array<[Projector, Showing]>): Promise<string[]> {
  const problems: string[] = [];
  for (const [projector, showing] of pairs) {
    try {
      await new ScreenPreflight(projector, showing).run();
    } catch (err) {
      problems.push(err instanceof Error ? err.message : String(err));
    }
  }
  return problems;
}
