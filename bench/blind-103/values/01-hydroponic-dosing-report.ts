// expect: none
// Every probe promise is awaited before it is used as data: inside the template strings, in the ?? fallback, in the comparison and in the JSON payload, so the report carries real pH/EC numbers.
export interface Probe {
  ph(bay: string): Promise<number>;
  ec(bay: string): Promise<number>;
}

export interface DoserLog {
  mlDosedToday(bay: string): Promise<number>;
}

export interface Publisher {
  publish(topic: string, payload: string): Promise<void>;
}

export interface BayTargets {
  phLow: number;
  phHigh: number;
  ecTarget: number;
}

export class DosingReporter {
  private readonly lastPh = new Map<string, number>();

  constructor(
    private readonly probe: Probe,
    private readonly doser: DoserLog,
    private readonly mqtt: Publisher,
    private readonly targets: Record<string, BayTargets>,
  ) {}

  async summary(bay: string): Promise<string> {
    const ph = await this.probe.ph(bay);
    this.lastPh.set(bay, ph);
    return `bay ${bay}: pH ${ph.toFixed(2)}, EC ${(await this.probe.ec(bay)).toFixed(2)} mS/cm, dosed ${await this.doser.mlDosedToday(bay)} ml today`;
  }

  /** Cheap check for the dashboard: reuse the last reading when we have one. */
  async phForDisplay(bay: string): Promise<number> {
    return this.lastPh.get(bay) ?? (await this.probe.ph(bay));
  }

  async needsAcid(bay: string): Promise<boolean> {
    const t = this.targets[bay];
    if (!t) throw new Error(`no targets configured for bay ${bay}`);
    return (await this.probe.ph(bay)) > t.phHigh;
  }

  async publish(bay: string): Promise<void> {
    const [ph, ec, dosedMl] = await Promise.all([this.probe.ph(bay), this.probe.ec(bay), this.doser.mlDosedToday(bay)]);
    this.lastPh.set(bay, ph);
    const t = this.targets[bay];
    const payload = JSON.stringify({
      bay,
      ph,
      ec,
      dosedMl,
      inRange: t ? ph >= t.phLow && ph <= t.phHigh : null,
      ecDelta: t ? Number((ec - t.ecTarget).toFixed(2)) : null,
      at: new Date().toISOString(),
    });
    await this.mqtt.publish(`farm/${bay}/dosing`, payload);
  }
}
