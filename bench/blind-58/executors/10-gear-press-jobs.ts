// expect: none
// execFile's callback returns after reject, and the spawn executor guards with a settled flag because 'close' can follow 'error'.
import { execFile, spawn } from "node:child_process";

const PRESS_BIN = "/opt/clockwork/bin/gear-press";

export interface GearSpec {
  partNo: string;
  teeth: number;
  moduleMm: number;
  material: "brass" | "steel";
}

export class PressError extends Error {
  constructor(readonly operation: string, detail: string) {
    super(`gear press ${operation} failed: ${detail.trim()}`);
    this.name = "PressError";
  }
}

function runPress(args: string[]): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    execFile(PRESS_BIN, args, { timeout: 30_000 }, (err, stdout, stderr) => {
      if (err) {
        return reject(new PressError(args[0] ?? "run", stderr || err.message));
      }
      resolve(stdout);
    });
  });
}

function streamCalibration(station: string): Promise<number[]> {
  return new Promise<number[]>((resolve, reject) => {
    const child = spawn(PRESS_BIN, ["calibrate", `--station=${station}`, "--stream"]);
    const offsets: number[] = [];
    let pending = "";
    let settled = false;

    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      finish();
    };

    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      const lines = (pending + chunk).split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) {
        const value = Number.parseFloat(line);
        if (Number.isFinite(value)) offsets.push(value);
      }
    });
    child.once("error", (err) => settle(() => reject(new PressError("calibrate", err.message))));
    child.once("close", (code) =>
      settle(() =>
        code === 0 ? resolve(offsets) : reject(new PressError("calibrate", `exit code ${code}`)),
      ),
    );
  });
}

export async function pressGear(station: string, spec: GearSpec): Promise<{ serial: string; offsetMm: number }> {
  const offsets = await streamCalibration(station);
  if (offsets.length === 0) {
    throw new PressError("calibrate", "no offsets reported");
  }
  const offsetMm = offsets.reduce((a, b) => a + b, 0) / offsets.length;
  const stdout = await runPress([
    "press",
    `--station=${station}`,
    `--part=${spec.partNo}`,
    `--teeth=${spec.teeth}`,
    `--module=${spec.moduleMm}`,
    `--material=${spec.material}`,
    `--offset=${offsetMm.toFixed(3)}`,
  ]);
  const serial = /serial=(\S+)/.exec(stdout)?.[1];
  if (!serial) {
    throw new PressError("press", `unexpected output: ${stdout}`);
  }
  return { serial, offsetMm };
}
