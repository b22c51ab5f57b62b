// expect: no-read-before-settle
// entryDepthM and crawlerFirmware are set by 'telemetry'/'hello' listeners but read right after robot.launch() returns, before any event can have fired.
import { EventEmitter } from "node:events";

export interface Telemetry {
  depthM: number;
  tiltDeg: number;
  batteryPct: number;
}

export interface LaunchReport {
  robotId: string;
  manhole: string;
  firmware: string;
  entryDepthM: number;
  launchedAt: string;
}

declare function connectCrawler(robotId: string): EventEmitter & {
  launch(manhole: string): void;
  abort(): void;
};

declare const fieldReports: {
  submit(report: LaunchReport): Promise<void>;
};

const MAX_SAFE_TILT = 25;

export async function launchInspection(robotId: string, manhole: string): Promise<LaunchReport> {
  const robot = connectCrawler(robotId);
  let entryDepthM = Number.NaN;
  let crawlerFirmware = "unknown";

  robot.once("hello", (info: { firmware: string }) => {
    crawlerFirmware = info.firmware;
  });
  robot.on("telemetry", (t: Telemetry) => {
    if (Number.isNaN(entryDepthM)) entryDepthM = t.depthM;
    if (Math.abs(t.tiltDeg) > MAX_SAFE_TILT || t.batteryPct < 15) {
      robot.abort();
    }
  });

  robot.launch(manhole);
  const report: LaunchReport = {
    robotId,
    manhole,
    firmware: crawlerFirmware,
    entryDepthM,
    launchedAt: new Date().toISOString(),
  };
  await fieldReports.submit(report);
  return report;
}

export function crewBriefing(report: LaunchReport): string {
  const depth = Number.isNaN(report.entryDepthM) ? "n/a" : `${report.entryDepthM.toFixed(2)} m`;
  return `${report.robotId} (fw ${report.firmware}) launched at ${report.manhole}, entry depth ${depth}`;
}

export function manholeSequence(start: string, count: number): string[] {
  const match = /^([A-Z]+)(\d+)$/.exec(start);
  if (!match) return [start];
  const [, prefix, num] = match;
  return Array.from({ length: count }, (_, i) =>
    `${prefix}${String(Number(num) + i).padStart(num.length, "0")}`,
  );
}
