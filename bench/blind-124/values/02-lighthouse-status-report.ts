// expect: no-promise-as-value
// The report interpolates lamp.currentBearing(), which is async, directly into the logbook text, so the keeper's log records "[object Promise]" instead of the bearing.
export interface RotatingLamp {
  rotationRpm(): Promise<number>;
  bulbHours(): Promise<number>;
  currentBearing(): Promise<number>;
  readonly character: string;
}

export interface Station {
  name: string;
  callsign: string;
  lamp: RotatingLamp;
  fogSignal: { lastTestedAt: string };
}

export interface Logbook {
  append(callsign: string, entry: string): Promise<void>;
}

export interface StatusSummary {
  callsign: string;
  rpm: number;
  bulbHours: number;
  warnings: string[];
}

export class LighthouseStatusReporter {
  constructor(
    private readonly logbook: Logbook,
    private readonly bulbLifeHours = 2_000,
    private readonly nominalRpm = 6,
  ) {}

  async report(station: Station, now = new Date()): Promise<StatusSummary> {
    const rpm = await station.lamp.rotationRpm();
    const bulbHours = await station.lamp.bulbHours();
    const warnings: string[] = [];

    if (Math.abs(rpm - this.nominalRpm) > 0.2) {
      warnings.push(`rotation ${rpm.toFixed(2)} rpm off nominal ${this.nominalRpm} rpm`);
    }
    if (bulbHours > this.bulbLifeHours * 0.9) {
      warnings.push(`bulb at ${bulbHours} h of ${this.bulbLifeHours} h rated life`);
    }
    const fogAgeDays = (now.getTime() - Date.parse(station.fogSignal.lastTestedAt)) / 86_400_000;
    if (fogAgeDays > 7) warnings.push(`fog signal untested for ${Math.floor(fogAgeDays)} days`);

    const lines = [
      `${now.toISOString()} ${station.name} (${station.callsign}) — ${station.lamp.character}`,
      `rotation ${rpm.toFixed(2)} rpm, lens bearing ${station.lamp.currentBearing()}°, bulb ${bulbHours} h`,
      ...warnings.map((w) => `  ! ${w}`),
    ];
    await this.logbook.append(station.callsign, lines.join('\n'));

    return { callsign: station.callsign, rpm, bulbHours, warnings };
  }

  async reportAll(stations: Station[]): Promise<StatusSummary[]> {
    const summaries: StatusSummary[] = [];
    for (const s of stations) summaries.push(await this.report(s));
    return summaries;
  }
}
