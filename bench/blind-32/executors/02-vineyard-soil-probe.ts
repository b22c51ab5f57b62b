// expect: none
// The probe executor handles both 'error' and 'close' from the child process and guards with a settled flag, so it settles exactly once.
import { spawn } from "node:child_process";

export interface SoilReading {
  block: string;
  depthCm: number;
  moisturePct: number;
  temperatureC: number;
}

interface ProbeConfig {
  binary: string;
  serialPort: string;
  depthsCm: number[];
}

declare const irrigationPlanner: {
  recordReadings(block: string, readings: SoilReading[]): Promise<void>;
  scheduleZone(block: string, minutes: number): Promise<void>;
};

function parseProbeOutput(block: string, stdout: string): SoilReading[] {
  return stdout
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith("#"))
    .map((line) => {
      const [depth, moisture, temperature] = line.split(",").map(Number);
      return { block, depthCm: depth, moisturePct: moisture, temperatureC: temperature };
    });
}

export function readSoilProbe(block: string, config: ProbeConfig): Promise<SoilReading[]> {
  return new Promise<SoilReading[]>((resolve, reject) => {
    const child = spawn(config.binary, [
      "--port",
      config.serialPort,
      "--depths",
      config.depthsCm.join(","),
      "--format=csv",
    ]);

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
      reject(new Error(`soil probe for ${block} failed to start: ${err.message}`));
    });

    child.once("close", (code, signal) => {
      if (settled) return;
      settled = true;
      if (code !== 0) {
        reject(new Error(`soil probe for ${block} exited with ${code ?? signal}: ${stderr.trim()}`));
        return;
      }
      try {
        resolve(parseProbeOutput(block, stdout));
      } catch (err) {
        reject(err);
      }
    });
  });
}

function irrigationMinutes(readings: SoilReading[]): number {
  const root = readings.filter((r) => r.depthCm >= 30 && r.depthCm <= 60);
  if (root.length === 0) return 0;
  const avg = root.reduce((sum, r) => sum + r.moisturePct, 0) / root.length;
  if (avg >= 28) return 0;
  if (avg >= 22) return 15;
  return 35;
}

export async function planBlock(block: string, config: ProbeConfig): Promise<number> {
  const readings = await readSoilProbe(block, config);
  await irrigationPlanner.recordReadings(block, readings);
  const minutes = irrigationMinutes(readings);
  if (minutes > 0) {
    await irrigationPlanner.scheduleZone(block, minutes);
  }
  return minutes;
}
