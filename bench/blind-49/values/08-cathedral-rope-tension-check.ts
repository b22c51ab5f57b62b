// expect: none
// Cached readings are combined with freshly awaited ones (`cached ?? await ...`), and every comparison, condition and message uses awaited values, never the promises.
export interface RopeGauge {
  bell: number;
  tensionN: number;
  measuredAt: number;
}

export interface BellFitting {
  bell: number;
  name: string;
  weightKg: number;
  wheelDiameterM: number;
}

declare const gaugeRig: {
  measure(bell: number): Promise<RopeGauge>;
  isFrayed(bell: number): Promise<boolean>;
};

declare const wardensNotice: {
  post(text: string): Promise<void>;
};

const CACHE_TTL_MS = 15 * 60_000;

export class RopeTensionCheck {
  private readonly cache = new Map<number, RopeGauge>();

  constructor(private readonly fittings: BellFitting[]) {}

  private cached(bell: number): RopeGauge | undefined {
    const hit = this.cache.get(bell);
    return hit && Date.now() - hit.measuredAt < CACHE_TTL_MS ? hit : undefined;
  }

  async tension(bell: number): Promise<RopeGauge> {
    const reading = this.cached(bell) ?? (await gaugeRig.measure(bell));
    this.cache.set(bell, reading);
    return reading;
  }

  /** Expected rope tension scales with the bell's weight and wheel size. */
  private expectedTension(fitting: BellFitting): [min: number, max: number] {
    const nominal = fitting.weightKg * 9.81 * 0.12 * (fitting.wheelDiameterM / 1.5);
    return [nominal * 0.8, nominal * 1.25];
  }

  async inspect(): Promise<string[]> {
    const findings: string[] = [];
    for (const fitting of this.fittings) {
      const [gauge, frayed] = await Promise.all([this.tension(fitting.bell), gaugeRig.isFrayed(fitting.bell)]);
      const [min, max] = this.expectedTension(fitting);
      if (frayed) findings.push(`${fitting.name} (bell ${fitting.bell}): rope frayed at the sally`);
      if (gauge.tensionN < min) findings.push(`${fitting.name}: slack rope, ${gauge.tensionN.toFixed(0)} N < ${min.toFixed(0)} N`);
      if (gauge.tensionN > max) findings.push(`${fitting.name}: over-tight, ${gauge.tensionN.toFixed(0)} N > ${max.toFixed(0)} N`);
    }
    return findings;
  }

  async sameAsLastWeek(bell: number, lastWeekN: number): Promise<boolean> {
    const { tensionN } = await this.tension(bell);
    return Math.round(tensionN) === Math.round(lastWeekN);
  }

  async postIfNeeded(): Promise<boolean> {
    const findings = await this.inspect();
    if (findings.length === 0) return false;
    if (await gaugeRig.isFrayed(this.fittings[0]?.bell ?? 1)) {
      findings.unshift('Treble rope frayed: do not ring until replaced.');
    }
    await wardensNotice.post(`Rope check ${new Date().toDateString()}:\n${findings.join('\n')}`);
    return true;
  }
}
