// expect: none
// The check list holds bound method references that the runner calls itself, and each returned promise is awaited, so no check is skipped or awaited uncalled.
export interface IncubatorTelemetry {
  temperatureC(unit: string): Promise<number>;
  humidityPct(unit: string): Promise<number>;
  lastTurn(unit: string): Promise<Date | null>;
  co2Ppm(unit: string): Promise<number>;
}

export interface CheckOutcome {
  name: string;
  ok: boolean;
  detail: string;
}

type Check = (unit: string) => Promise<CheckOutcome>;

export class IncubatorInspector {
  private readonly checks: Check[];

  constructor(private telemetry: IncubatorTelemetry) {
    this.checks = [
      this.checkTemperature.bind(this),
      this.checkHumidity.bind(this),
      this.checkTurning.bind(this),
      (unit) => this.checkVentilation(unit),
    ];
  }

  async checkTemperature(unit: string): Promise<CheckOutcome> {
    const t = await this.telemetry.temperatureC(unit);
    return { name: 'temperature', ok: t >= 35.9 && t <= 36.7, detail: `${t.toFixed(1)}C` };
  }

  async checkHumidity(unit: string): Promise<CheckOutcome> {
    const h = await this.telemetry.humidityPct(unit);
    return { name: 'humidity', ok: h >= 18 && h <= 30, detail: `${h}%` };
  }

  async checkTurning(unit: string): Promise<CheckOutcome> {
    const last = await this.telemetry.lastTurn(unit);
    if (!last) return { name: 'turning', ok: false, detail: 'never turned' };
    const hours = (Date.now() - last.getTime()) / 3_600_000;
    return { name: 'turning', ok: hours <= 3, detail: `${hours.toFixed(1)}h since last turn` };
  }

  async checkVentilation(unit: string): Promise<CheckOutcome> {
    const ppm = await this.telemetry.co2Ppm(unit);
    return { name: 'ventilation', ok: ppm < 5000, detail: `${ppm} ppm CO2` };
  }

  async inspect(unit: string): Promise<CheckOutcome[]> {
    return Promise.all(this.checks.map((check) => check(unit)));
  }

  async inspectSequentially(unit: string): Promise<CheckOutcome[]> {
    const outcomes: CheckOutcome[] = [];
    for (const check of this.checks) {
      outcomes.push(await check(unit));
    }
    return outcomes;
  }

  async failing(units: string[]): Promise<Record<string, string[]>> {
    const report: Record<string, string[]> = {};
    for (const unit of units) {
      const bad = (await this.inspect(unit)).filter((o) => !o.ok);
      if (bad.length > 0) report[unit] = bad.map((o) => `${o.name}: ${o.detail}`);
    }
    return report;
  }
}
