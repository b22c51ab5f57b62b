// expect: none
// The uncalled method references are handed to runSteps, whose parameter is a list of step functions that it calls and awaits one by one, so passing `this.syncClock` rather than `this.syncClock()` is exactly what the API expects.
import { EventEmitter } from 'node:events';

type Step = () => Promise<void>;

interface NamedStep {
  label: string;
  run: Step;
}

interface TimingHardware {
  syncGps(): Promise<number>;
  armMats(): Promise<string[]>;
  selfTest(): Promise<boolean>;
}

interface ResultsServer {
  openRace(raceId: string): Promise<void>;
  ping(): Promise<number>;
}

export async function runSteps(steps: NamedStep[], events: EventEmitter): Promise<void> {
  for (const step of steps) {
    const started = Date.now();
    events.emit('step:start', step.label);
    await step.run();
    events.emit('step:done', step.label, Date.now() - started);
  }
}

export class RaceDayStartup extends EventEmitter {
  private armedMats: string[] = [];
  private clockOffsetMs = 0;

  constructor(
    private readonly hardware: TimingHardware,
    private readonly results: ResultsServer,
    private readonly raceId: string,
  ) {
    super();
  }

  private readonly syncClock: Step = async () => {
    this.clockOffsetMs = await this.hardware.syncGps();
    if (Math.abs(this.clockOffsetMs) > 50) {
      throw new Error(`GPS offset ${this.clockOffsetMs}ms too large to time a race`);
    }
  };

  private readonly checkHardware: Step = async () => {
    if (!(await this.hardware.selfTest())) throw new Error('timing hardware self-test failed');
  };

  private readonly armMats: Step = async () => {
    this.armedMats = await this.hardware.armMats();
  };

  private readonly openResults: Step = async () => {
    const latency = await this.results.ping();
    if (latency > 2_000) this.emit('warning', `results server slow (${latency}ms)`);
    await this.results.openRace(this.raceId);
  };

  async start(): Promise<{ mats: string[]; offsetMs: number }> {
    await runSteps(
      [
        { label: 'sync clock', run: this.syncClock },
        { label: 'hardware self-test', run: this.checkHardware },
        { label: 'arm mats', run: this.armMats },
        { label: 'open results', run: this.openResults },
      ],
      this,
    );
    return { mats: this.armedMats, offsetMs: this.clockOffsetMs };
  }
}
