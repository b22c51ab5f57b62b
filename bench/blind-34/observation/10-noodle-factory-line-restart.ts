// expect: no-unchecked-settled-results
// Only the failure count is derived from status; the station reports are then read from every settled result via a cast regardless of status.
export type StationName = "mixer" | "sheeter" | "cutter" | "steamer" | "fryer" | "packer";

export interface StationReport {
  station: StationName;
  temperatureC: number;
  throughputKgPerHour: number;
  ready: boolean;
}

declare const plc: {
  restart(station: StationName): Promise<StationReport>;
};

declare const shiftBoard: {
  post(message: string): void;
  setLineRate(kgPerHour: number): Promise<void>;
};

const LINE_ORDER: StationName[] = ["mixer", "sheeter", "cutter", "steamer", "fryer", "packer"];

const SAFE_TEMPS: Partial<Record<StationName, [number, number]>> = {
  steamer: [95, 105],
  fryer: [145, 160],
};

function temperatureOk(report: StationReport): boolean {
  const range = SAFE_TEMPS[report.station];
  if (!range) return true;
  return report.temperatureC >= range[0] && report.temperatureC <= range[1];
}

export async function restartLine(): Promise<number> {
  const settled = await Promise.allSettled(LINE_ORDER.map((s) => plc.restart(s)));
  const failures = settled.filter((r) => r.status === "rejected").length;
  if (failures > 0) {
    shiftBoard.post(`${failures} station(s) failed to restart; running at reduced rate`);
  }

  const reports = settled.map((r) => (r as PromiseFulfilledResult<StationReport>).value);
  const bottleneck = reports
    .filter((r) => r.ready && temperatureOk(r))
    .reduce((min, r) => Math.min(min, r.throughputKgPerHour), Number.POSITIVE_INFINITY);

  const rate = Number.isFinite(bottleneck) ? bottleneck : 0;
  await shiftBoard.setLineRate(rate);
  return rate;
}

export function overheated(reports: StationReport[]): StationName[] {
  return reports.filter((r) => !temperatureOk(r)).map((r) => r.station);
}

export function shiftOutputKg(rate: number, hours: number, downtimeMinutes: number): number {
  const effectiveHours = Math.max(0, hours - downtimeMinutes / 60);
  return Math.round(rate * effectiveHours);
}

export function describeRate(rate: number): string {
  if (rate === 0) return "line stopped";
  if (rate < 400) return `reduced: ${rate} kg/h`;
  return `nominal: ${rate} kg/h`;
}
