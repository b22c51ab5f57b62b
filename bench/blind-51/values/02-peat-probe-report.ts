// expect: none
// Every async lookup is awaited before its value reaches a template string, a ?? fallback, a comparison or the JSON report.
export interface ProbeSite {
  probeId: string;
  transect: string;
  depthsCm: number[];
}

export interface DepthReading {
  depthCm: number;
  moisturePercent: number;
  temperatureC: number;
}

declare const loggerGateway: {
  latest(probeId: string): Promise<DepthReading[] | undefined>;
  batteryVolts(probeId: string): Promise<number>;
};
declare const calibrationStore: {
  offsetFor(probeId: string): Promise<number | null>;
};
declare const reportSink: {
  upload(name: string, body: string): Promise<void>;
};

const LOW_BATTERY_V = 3.4;

export async function describeProbe(site: ProbeSite): Promise<string> {
  const [readings, volts, offset] = await Promise.all([
    loggerGateway.latest(site.probeId),
    loggerGateway.batteryVolts(site.probeId),
    calibrationStore.offsetFor(site.probeId),
  ]);
  const moistureOffset = offset ?? 0;
  const rows = (readings ?? []).map(
    (r) => `  ${String(r.depthCm).padStart(3)}cm  ${(r.moisturePercent + moistureOffset).toFixed(1)}%  ${r.temperatureC.toFixed(1)}°C`,
  );
  const battery = volts < LOW_BATTERY_V ? `${volts.toFixed(2)}V LOW` : `${volts.toFixed(2)}V`;
  return [`${site.probeId} (${site.transect}) battery ${battery}`, ...(rows.length ? rows : ['  no data'])].join('\n');
}

export async function wettestDepth(site: ProbeSite): Promise<number | undefined> {
  const readings = (await loggerGateway.latest(site.probeId)) ?? [];
  let best: DepthReading | undefined;
  for (const r of readings) {
    if (!best || r.moisturePercent > best.moisturePercent) best = r;
  }
  return best?.depthCm;
}

export async function missingDepths(site: ProbeSite): Promise<number[]> {
  const readings = await loggerGateway.latest(site.probeId);
  if (!readings) return [...site.depthsCm];
  const seen = new Set(readings.map((r) => r.depthCm));
  return site.depthsCm.filter((d) => !seen.has(d));
}

export async function uploadTransectReport(transect: string, sites: ProbeSite[]): Promise<string> {
  const members = sites.filter((s) => s.transect === transect);
  const sections: string[] = [];
  const gaps: Record<string, number[]> = {};
  for (const site of members) {
    sections.push(await describeProbe(site));
    const missing = await missingDepths(site);
    if (missing.length > 0) gaps[site.probeId] = missing;
  }
  const body = JSON.stringify({ transect, generatedAt: new Date().toISOString(), text: sections.join('\n\n'), gaps }, null, 2);
  const name = `peat-${transect}-${new Date().toISOString().slice(0, 10)}.json`;
  await reportSink.upload(name, body);
  return name;
}
