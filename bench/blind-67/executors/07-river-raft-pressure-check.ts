// expect: none
// readPressure settles from 'close', 'error' or its timeout behind a single settled guard and always clears the timer, so it settles exactly once.
import { spawn } from "node:child_process";

export interface ChamberReading {
  chamber: "bow" | "stern" | "port" | "starboard" | "floor";
  psi: number;
}

export interface RaftInspection {
  raftId: string;
  readings: ChamberReading[];
  passed: boolean;
  notes: string[];
}

declare const fleet: {
  listDueForInspection(outpost: string): Promise<string[]>;
  recordInspection(inspection: RaftInspection): Promise<void>;
};

const GAUGE_BIN = "/opt/outfitter/bin/gauge-read";
const GAUGE_TIMEOUT_MS = 15_000;
const MIN_PSI = 2.5;
const MAX_PSI = 3.2;

function parseGaugeOutput(stdout: string): ChamberReading[] {
  return stdout
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith("#"))
    .map((line) => {
      const [chamber, psi] = line.split(/\s+/);
      return { chamber: chamber as ChamberReading["chamber"], psi: Number(psi) };
    });
}

function readPressure(raftId: string): Promise<ChamberReading[]> {
  return new Promise<ChamberReading[]>((resolve, reject) => {
    const child = spawn(GAUGE_BIN, ["--raft", raftId, "--format", "plain"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    let settled = false;

    const finish = (err: Error | null, readings?: ChamberReading[]) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (err) reject(err);
      else resolve(readings ?? []);
    };

    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      finish(new Error(`gauge timed out for raft ${raftId}`));
    }, GAUGE_TIMEOUT_MS);

    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.once("error", (err) => finish(err));
    child.once("close", (code, signal) => {
      if (code === 0) {
        finish(null, parseGaugeOutput(stdout));
      } else {
        finish(new Error(`gauge exited ${code ?? signal} for raft ${raftId}: ${stderr.trim()}`));
      }
    });
  });
}

export async function inspectOutpost(outpost: string): Promise<RaftInspection[]> {
  const raftIds = await fleet.listDueForInspection(outpost);
  const inspections: RaftInspection[] = [];
  for (const raftId of raftIds) {
    const readings = await readPressure(raftId);
    const notes = readings
      .filter((r) => r.psi < MIN_PSI || r.psi > MAX_PSI)
      .map((r) => `${r.chamber} at ${r.psi.toFixed(2)} psi`);
    if (readings.length < 5) {
      notes.push(`only ${readings.length} chambers reported`);
    }
    const inspection = { raftId, readings, passed: notes.length === 0, notes };
    await fleet.recordInspection(inspection);
    inspections.push(inspection);
  }
  return inspections;
}
