// expect: none
// Method references are passed where the step runner expects functions (it calls each run()); everything awaited is an actual call.
export interface ShowSpec {
  showId: string;
  epoch: number;
  latitudeDeg: number;
  narrationTrack: string;
}

export interface StepTiming {
  name: string;
  durationMs: number;
}

interface Step {
  name: string;
  run: () => Promise<void>;
}

interface StarCatalog {
  epoch: number;
  stars: Array<{ ra: number; dec: number; magnitude: number }>;
}

interface ProjectorLink {
  lampHours(): Promise<number>;
  loadCatalog(catalog: StarCatalog, maxMagnitude: number): Promise<void>;
  setLatitude(deg: number): Promise<void>;
  home(): Promise<void>;
}

interface DomeLighting {
  fadeTo(level: number, durationMs: number): Promise<void>;
}

declare function loadStarCatalog(epoch: number): Promise<StarCatalog>;
declare const audio: { cue(track: string): Promise<void> };

const LAMP_SERVICE_HOURS = 1500;

async function runSteps(steps: Step[]): Promise<StepTiming[]> {
  const timings: StepTiming[] = [];
  for (const step of steps) {
    const started = performance.now();
    await step.run();
    timings.push({ name: step.name, durationMs: Math.round(performance.now() - started) });
  }
  return timings;
}

export class ShowSequencer {
  constructor(
    private readonly projector: ProjectorLink,
    private readonly dome: DomeLighting,
  ) {}

  private readonly dimHouseLights = async (): Promise<void> => {
    await this.dome.fadeTo(0.05, 4000);
  };

  private readonly homeProjector = async (): Promise<void> => {
    await this.projector.home();
  };

  async prepare(show: ShowSpec): Promise<StepTiming[]> {
    const [catalog, lampHours] = await Promise.all([
      loadStarCatalog(show.epoch),
      this.projector.lampHours(),
    ]);
    const maxMagnitude = lampHours > LAMP_SERVICE_HOURS ? 5.5 : 6.5;

    return runSteps([
      { name: "home-projector", run: this.homeProjector },
      { name: "set-latitude", run: () => this.projector.setLatitude(show.latitudeDeg) },
      { name: "load-starfield", run: () => this.projector.loadCatalog(catalog, maxMagnitude) },
      { name: "dim-house-lights", run: this.dimHouseLights },
      { name: "start-narration", run: () => audio.cue(show.narrationTrack) },
    ]);
  }
}
