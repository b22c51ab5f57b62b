// expect: none
// The spawn executor handles both 'error' and 'close' behind a settled guard, and all awaiting happens outside the executor.
import { spawn } from "node:child_process";

export interface Reed {
  plate: string;
  note: string;
  targetHz: number;
}

export interface ReedMeasurement {
  reed: Reed;
  measuredHz: number;
  cents: number;
}

declare const recordingStore: { pathFor(plate: string, note: string): Promise<string> };
declare const tuningSheet: { write(plate: string, rows: ReedMeasurement[]): Promise<void> };

const ANALYZER = "/opt/reedlab/bin/pitchscan";

function centsOff(measuredHz: number, targetHz: number): number {
  return Math.round(1200 * Math.log2(measuredHz / targetHz) * 10) / 10;
}

function analyze(wavPath: string, expectedHz: number): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const child = spawn(ANALYZER, ["--near", String(expectedHz), "--format", "hz", wavPath], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    let settled = false;

    child.stdout.setEncoding("utf8");
    child.stderr.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk: string) => {
      stderr += chunk;
    });

    child.once("error", (err) => {
      if (settled) return;
      settled = true;
      reject(new Error(`could not start pitchscan: ${err.message}`, { cause: err }));
    });
    child.once("close", (code, signal) => {
      if (settled) return;
      settled = true;
      if (code !== 0) {
        reject(new Error(`pitchscan exited with ${code ?? signal}: ${stderr.trim()}`));
        return;
      }
      const hz = Number.parseFloat(stdout.trim());
      if (!Number.isFinite(hz)) {
        reject(new Error(`pitchscan printed ${JSON.stringify(stdout)}`));
        return;
      }
      resolve(hz);
    });
  });
}

export async function measurePlate(plate: string, reeds: Reed[]): Promise<ReedMeasurement[]> {
  const rows: ReedMeasurement[] = [];
  for (const reed of reeds) {
    const wavPath = await recordingStore.pathFor(plate, reed.note);
    const measuredHz = await analyze(wavPath, reed.targetHz);
    rows.push({ reed, measuredHz, cents: centsOff(measuredHz, reed.targetHz) });
  }
  await tuningSheet.write(plate, rows);
  return rows;
}

export function reedsNeedingFiling(rows: ReedMeasurement[], toleranceCents = 2): ReedMeasurement[] {
  return rows
    .filter((row) => Math.abs(row.cents) > toleranceCents)
    .sort((a, b) => Math.abs(b.cents) - Math.abs(a.cents));
}
