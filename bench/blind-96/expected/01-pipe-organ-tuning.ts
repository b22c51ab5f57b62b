// expect: no-uncalled-async-function
// prepareSession puts this.checkWindPressure into Promise.all without calling it, so the array element is the function itself, the wind-pressure check never runs and tuning starts even when the blower has not reached pressure.
import { EventEmitter } from 'node:events';
import { readFile } from 'node:fs/promises';

export interface Temperament {
  name: string;
  centsFromEqual: number[];
}

export interface Blower {
  pressureMm(): Promise<number>;
  start(): Promise<void>;
}

export interface SessionPlan {
  temperament: Temperament;
  stops: string[];
  startedAt: Date;
}

export class TuningSession extends EventEmitter {
  private plan: SessionPlan | undefined;

  constructor(
    private readonly blower: Blower,
    private readonly temperamentDir: string,
    private readonly requiredPressureMm = 80,
  ) {
    super();
  }

  private checkWindPressure = async (): Promise<void> => {
    await this.blower.start();
    for (let i = 0; i < 20; i++) {
      const mm = await this.blower.pressureMm();
      if (mm >= this.requiredPressureMm) {
        this.emit('wind-ready', mm);
        return;
      }
      await new Promise<void>((resolve) => setTimeout(resolve, 500));
    }
    throw new Error(`wind pressure did not reach ${this.requiredPressureMm}mm`);
  };

  private async loadTemperament(name: string): Promise<Temperament> {
    const raw = await readFile(`${this.temperamentDir}/${name}.json`, 'utf8');
    const t = JSON.parse(raw) as Temperament;
    if (t.centsFromEqual.length !== 12) throw new Error(`${name}: expected 12 offsets`);
    return t;
  }

  async prepareSession(temperamentName: string, stops: string[]): Promise<SessionPlan> {
    if (stops.length === 0) throw new Error('choose at least one stop to tune');
    const [, temperament] = await Promise.all([this.checkWindPressure, this.loadTemperament(temperamentName)]);
    this.plan = { temperament, stops, startedAt: new Date() };
    this.emit('session-ready', this.plan);
    return this.plan;
  }

  get current(): SessionPlan | undefined {
    return this.plan;
  }
}
