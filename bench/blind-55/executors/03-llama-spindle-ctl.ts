// expect: no-multiple-settle
// Bug: readSpindleStatus rejects on an execFile error but has no return, so it goes on to parse the (empty) stdout and call resolve as well.
import { execFile } from "node:child_process";

const SPINDLE_CTL = "/opt/spinnery/bin/spindle-ctl";

export type FiberGrade = "baby" | "royal" | "superfine" | "coarse";

interface RawSpindleStatus {
  spindle: number;
  rpm: number;
  twist_per_m: number;
  bobbin_fill_pct: number;
  fault?: string;
}

export interface SpindleStatus {
  spindleId: number;
  rpm: number;
  twistPerMetre: number;
  bobbinFill: number;
  fault: string | null;
}

export class SpindleCtlError extends Error {
  constructor(readonly spindleId: number, detail: string) {
    super(`spindle ${spindleId}: ${detail}`);
    this.name = "SpindleCtlError";
  }
}

function normalize(raw: RawSpindleStatus): SpindleStatus {
  return {
    spindleId: raw.spindle,
    rpm: raw.rpm,
    twistPerMetre: raw.twist_per_m,
    bobbinFill: raw.bobbin_fill_pct / 100,
    fault: raw.fault ?? null,
  };
}

export function readSpindleStatus(spindleId: number): Promise<SpindleStatus> {
  return new Promise<SpindleStatus>((resolve, reject) => {
    execFile(
      SPINDLE_CTL,
      ["status", "--spindle", String(spindleId), "--json"],
      { timeout: 5_000 },
      (err, stdout, stderr) => {
        if (err) {
          reject(new SpindleCtlError(spindleId, stderr.trim() || err.message));
        }
        const parsed = JSON.parse(stdout) as RawSpindleStatus;
        resolve(normalize(parsed));
      },
    );
  });
}

export function setSpindleSpeed(spindleId: number, rpm: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    execFile(
      SPINDLE_CTL,
      ["set", "--spindle", String(spindleId), "--rpm", String(Math.round(rpm))],
      { timeout: 5_000 },
      (err, _stdout, stderr) => {
        if (err) {
          reject(new SpindleCtlError(spindleId, stderr.trim() || err.message));
          return;
        }
        resolve();
      },
    );
  });
}

const TARGET_RPM: Record<FiberGrade, number> = {
  baby: 1_800,
  royal: 1_650,
  superfine: 2_100,
  coarse: 1_200,
};

export async function rebalanceFrame(spindleIds: number[], grade: FiberGrade): Promise<number[]> {
  const adjusted: number[] = [];
  for (const id of spindleIds) {
    const status = await readSpindleStatus(id);
    if (status.fault) {
      continue;
    }
    const target = status.bobbinFill > 0.9 ? TARGET_RPM[grade] * 0.6 : TARGET_RPM[grade];
    if (Math.abs(status.rpm - target) > 25) {
      await setSpindleSpeed(id, target);
      adjusted.push(id);
    }
  }
  return adjusted;
}
