// expect: no-uncalled-async-function
// prepareRound() puts the method this.zeroAnemometers (not its call) into Promise.all, so the gauges are never zeroed before the baseline is taken.
export interface GaugeSample {
  gaugeId: string;
  position: 'takeoff' | 'upper-flight' | 'mid-flight' | 'lower-flight' | 'landing';
  speedMps: number;
  directionDeg: number;
}

export interface RoundWindProfile {
  hill: string;
  round: number;
  baseline: GaugeSample[];
  gateSuggestion: number;
}

declare const gaugeNet: {
  list(hill: string): Promise<string[]>;
  zero(gaugeId: string): Promise<void>;
  sample(gaugeId: string): Promise<GaugeSample>;
};

declare const juryRoom: {
  postProfile(profile: RoundWindProfile): Promise<void>;
};

// FIS-style: headwind (negative tailwind) along the hill axis.
const HILL_AXIS_DEG = 215;
const WINDOW_SAMPLES = 5;

function alongAxis(s: GaugeSample): number {
  const rad = ((s.directionDeg - HILL_AXIS_DEG) * Math.PI) / 180;
  return s.speedMps * Math.cos(rad);
}

function suggestGate(baseline: GaugeSample[], currentGate: number): number {
  if (baseline.length === 0) return currentGate;
  const flight = baseline.filter((s) => s.position !== 'takeoff' && s.position !== 'landing');
  const meanHead = flight.reduce((sum, s) => sum + alongAxis(s), 0) / Math.max(flight.length, 1);
  // Strong headwind carries jumpers further: lower the gate.
  if (meanHead > 2.5) return currentGate - 2;
  if (meanHead > 1.2) return currentGate - 1;
  if (meanHead < -1.5) return currentGate + 1;
  return currentGate;
}

export class WindGaugeArray {
  private gaugeIds: string[] = [];

  constructor(
    private readonly hill: string,
    private currentGate: number,
  ) {}

  async connect(): Promise<void> {
    this.gaugeIds = await gaugeNet.list(this.hill);
    if (this.gaugeIds.length === 0) throw new Error(`no wind gauges registered on ${this.hill}`);
  }

  private async zeroAnemometers(): Promise<void> {
    await Promise.all(this.gaugeIds.map((id) => gaugeNet.zero(id)));
  }

  private async readBaseline(): Promise<GaugeSample[]> {
    const averaged: GaugeSample[] = [];
    for (const id of this.gaugeIds) {
      const window: GaugeSample[] = [];
      for (let i = 0; i < WINDOW_SAMPLES; i++) window.push(await gaugeNet.sample(id));
      const speed = window.reduce((s, w) => s + w.speedMps, 0) / window.length;
      const dir = window[window.length - 1].directionDeg;
      averaged.push({ ...window[0], speedMps: speed, directionDeg: dir });
    }
    return averaged;
  }

  async prepareRound(round: number): Promise<RoundWindProfile> {
    const [, baseline] = await Promise.all([this.zeroAnemometers, this.readBaseline()]);
    const gateSuggestion = suggestGate(baseline, this.currentGate);
    const profile: RoundWindProfile = { hill: this.hill, round, baseline, gateSuggestion };
    await juryRoom.postProfile(profile);
    return profile;
  }

  acceptGate(gate: number): void {
    this.currentGate = gate;
  }

  async liveReading(position: GaugeSample['position']): Promise<number> {
    const samples = await Promise.all(this.gaugeIds.map((id) => gaugeNet.sample(id)));
    const atPosition = samples.filter((s) => s.position === position);
    if (atPosition.length === 0) return 0;
    return atPosition.reduce((sum, s) => sum + alongAxis(s), 0) / atPosition.length;
  }
}
