// expect: no-read-before-settle
// refresh() returns this.lastReading right after starting the callback-based probe read, before the callback has stored the new reading, so it reports the previous (or missing) value.
export interface ProbeReading {
  celsius: number;
  humidityPct: number;
  turnedAt: string | null;
}

export interface IncubatorProbe {
  read(trayId: string, cb: (err: Error | null, reading?: ProbeReading) => void): void;
}

export interface IncubatorStatus {
  trayId: string;
  celsius: number;
  humidityPct: number;
  alarm: string | null;
}

const TARGET_C = 36.4;
const TARGET_HUMIDITY = [20, 30] as const;
const MAX_HOURS_WITHOUT_TURN = 4;

function assess(reading: ProbeReading | undefined, now = Date.now()): string | null {
  if (!reading) return 'no reading yet';
  if (Math.abs(reading.celsius - TARGET_C) > 0.6) return `temperature ${reading.celsius.toFixed(1)}C`;
  if (reading.humidityPct < TARGET_HUMIDITY[0] || reading.humidityPct > TARGET_HUMIDITY[1]) {
    return `humidity ${reading.humidityPct}%`;
  }
  if (reading.turnedAt) {
    const hours = (now - new Date(reading.turnedAt).getTime()) / 3_600_000;
    if (hours > MAX_HOURS_WITHOUT_TURN) return `eggs not turned for ${hours.toFixed(1)}h`;
  }
  return null;
}

export class IncubatorTray {
  private lastReading: ProbeReading | undefined;
  probeErrors = 0;

  constructor(readonly trayId: string, private probe: IncubatorProbe) {}

  refresh(): IncubatorStatus {
    this.probe.read(this.trayId, (err, reading) => {
      if (err || !reading) {
        this.probeErrors++;
        return;
      }
      this.lastReading = reading;
    });

    return {
      trayId: this.trayId,
      celsius: this.lastReading?.celsius ?? Number.NaN,
      humidityPct: this.lastReading?.humidityPct ?? Number.NaN,
      alarm: assess(this.lastReading),
    };
  }
}

export class IncubatorRoom {
  private trays: IncubatorTray[];

  constructor(probe: IncubatorProbe, trayIds: string[]) {
    this.trays = trayIds.map((id) => new IncubatorTray(id, probe));
  }

  sweep(): IncubatorStatus[] {
    return this.trays.map((t) => t.refresh());
  }

  alarms(): string[] {
    return this.sweep()
      .filter((s) => s.alarm !== null)
      .map((s) => `${s.trayId}: ${s.alarm}`);
  }
}
