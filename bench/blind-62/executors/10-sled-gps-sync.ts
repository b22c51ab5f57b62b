// expect: none
// the gpsbabel executor listens for both 'error' and 'close', clears its kill timer, and guards with a settled flag so only the first outcome counts
import { spawn } from "node:child_process";

export interface SledTrackPoint {
  lat: number;
  lon: number;
  elevationM: number;
  at: Date;
}

export interface SledLeg {
  sledId: string;
  teamLead: string;
  points: SledTrackPoint[];
}

declare const expeditionStore: {
  saveLeg(leg: SledLeg): Promise<void>;
  lastSyncedAt(sledId: string): Promise<Date | null>;
};

const CONVERT_TIMEOUT_MS = 60_000;

function convertDeviceLog(devicePath: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const child = spawn("gpsbabel", ["-i", "garmin", "-f", devicePath, "-o", "unicsv", "-F", "-"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    let settled = false;

    const finish = (err: Error | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(killTimer);
      if (err) reject(err);
      else resolve(stdout);
    };

    const killTimer = setTimeout(() => {
      child.kill("SIGKILL");
      finish(new Error(`gpsbabel timed out after ${CONVERT_TIMEOUT_MS}ms`));
    }, CONVERT_TIMEOUT_MS);

    child.stdout.setEncoding("utf8");
    child.stderr.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk: string) => {
      stderr += chunk;
    });

    child.once("error", (err) => finish(err));
    child.once("close", (code, signal) => {
      if (code === 0) finish(null);
      else finish(new Error(`gpsbabel exited with ${code ?? signal}: ${stderr.trim().slice(0, 200)}`));
    });
  });
}

function parseUnicsv(csv: string, since: Date | null): SledTrackPoint[] {
  const [headerLine, ...rows] = csv.trim().split(/\r?\n/);
  const headers = headerLine.split(",");
  const idx = (name: string) => headers.indexOf(name);
  const points: SledTrackPoint[] = [];
  for (const row of rows) {
    const cols = row.split(",");
    const at = new Date(`${cols[idx("Date")]}T${cols[idx("Time")]}Z`);
    if (since && at <= since) continue;
    points.push({
      lat: Number(cols[idx("Latitude")]),
      lon: Number(cols[idx("Longitude")]),
      elevationM: Number(cols[idx("Altitude")]),
      at,
    });
  }
  return points;
}

export async function syncSled(sledId: string, teamLead: string, devicePath: string): Promise<number> {
  const since = await expeditionStore.lastSyncedAt(sledId);
  const csv = await convertDeviceLog(devicePath);
  const points = parseUnicsv(csv, since);
  if (points.length === 0) return 0;
  await expeditionStore.saveLeg({ sledId, teamLead, points });
  return points.length;
}
