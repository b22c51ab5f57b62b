// expect: no-uncalled-async-function
// For offline buoys the map callback returns buoy.reconnect (the method itself), so Promise.all never waits for, or even starts, the reconnect.
export interface ReefReading {
  buoyId: string;
  waterTempC: number;
  ph: number;
  turbidityNtu: number;
  bleachingAlertLevel: 0 | 1 | 2 | 3 | 4;
  at: Date;
}

export interface MonitorBuoy {
  id: string;
  reef: string;
  online: boolean;
  lastReading?: ReefReading;
  refresh(): Promise<void>;
  reconnect(): Promise<void>;
}

declare const buoyFleet: {
  list(reef: string): MonitorBuoy[];
};

declare const alertChannel: {
  send(message: { reef: string; severity: 'watch' | 'warning' | 'alert'; text: string }): Promise<void>;
};

const DEGREE_HEATING_THRESHOLD_C = 29.5;

function severityFor(readings: ReefReading[]): 'watch' | 'warning' | 'alert' | undefined {
  if (readings.length === 0) return undefined;
  const maxLevel = Math.max(...readings.map((r) => r.bleachingAlertLevel));
  const hotShare = readings.filter((r) => r.waterTempC >= DEGREE_HEATING_THRESHOLD_C).length / readings.length;
  if (maxLevel >= 3 || hotShare > 0.6) return 'alert';
  if (maxLevel === 2 || hotShare > 0.3) return 'warning';
  if (maxLevel === 1) return 'watch';
  return undefined;
}

function summarise(reef: string, readings: ReefReading[]): string {
  const avg = (f: (r: ReefReading) => number) => readings.reduce((s, r) => s + f(r), 0) / readings.length;
  return [
    `${reef}: ${readings.length} buoys reporting`,
    `mean ${avg((r) => r.waterTempC).toFixed(2)} C`,
    `pH ${avg((r) => r.ph).toFixed(2)}`,
    `turbidity ${avg((r) => r.turbidityNtu).toFixed(1)} NTU`,
  ].join(', ');
}

export async function sweepReef(reef: string, maxAgeMinutes = 30): Promise<ReefReading[]> {
  const buoys = buoyFleet.list(reef);
  if (buoys.length === 0) {
    throw new Error(`no monitor buoys registered on ${reef}`);
  }

  await Promise.all(buoys.map((buoy) => (buoy.online ? buoy.refresh() : buoy.reconnect)));

  const cutoff = Date.now() - maxAgeMinutes * 60_000;
  const fresh = buoys
    .map((b) => b.lastReading)
    .filter((r): r is ReefReading => r !== undefined && r.at.getTime() >= cutoff);

  const severity = severityFor(fresh);
  if (severity) {
    await alertChannel.send({ reef, severity, text: summarise(reef, fresh) });
  }
  return fresh;
}

export async function sweepAll(reefs: string[]): Promise<Map<string, ReefReading[]>> {
  const out = new Map<string, ReefReading[]>();
  for (const reef of reefs) {
    out.set(reef, await sweepReef(reef));
  }
  return out;
}
