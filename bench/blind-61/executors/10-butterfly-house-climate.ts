// expect: none
// runClimateCtl listens for both 'error' and 'close' on the child process and guards with a settled flag, since a spawn failure can emit 'error' followed by 'close'.
import { spawn } from "node:child_process";

export interface ZoneClimate {
  zone: string;
  tempC: number;
  humidityPct: number;
  mistingActive: boolean;
}

export interface ClimateTarget {
  zone: string;
  tempC: number;
  humidityPct: number;
}

declare const alerts: {
  page(team: string, message: string): Promise<void>;
};

const CLIMATE_CTL = process.env.CLIMATE_CTL_BIN ?? "/opt/butterfly-house/bin/climate-ctl";
const HUMIDITY_BAND = { min: 70, max: 90 };

interface CtlResult {
  code: number;
  stdout: string;
  stderr: string;
}

function runClimateCtl(args: string[], timeoutMs = 15_000): Promise<CtlResult> {
  return new Promise<CtlResult>((resolve, reject) => {
    const child = spawn(CLIMATE_CTL, args, { stdio: ["ignore", "pipe", "pipe"], timeout: timeoutMs });
    let settled = false;
    let stdout = "";
    let stderr = "";

    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));

    child.on("error", (err) => {
      if (settled) return;
      settled = true;
      reject(err);
    });
    child.on("close", (code, signal) => {
      if (settled) return;
      settled = true;
      if (signal) {
        reject(new Error(`climate-ctl ${args[0]} killed by ${signal}`));
      } else {
        resolve({ code: code ?? 1, stdout, stderr });
      }
    });
  });
}

export async function readZone(zone: string): Promise<ZoneClimate> {
  const result = await runClimateCtl(["read", "--zone", zone, "--json"]);
  if (result.code !== 0) {
    throw new Error(`climate-ctl read failed (${result.code}): ${result.stderr.trim()}`);
  }
  const parsed = JSON.parse(result.stdout) as Partial<ZoneClimate>;
  return {
    zone,
    tempC: Number(parsed.tempC),
    humidityPct: Number(parsed.humidityPct),
    mistingActive: parsed.mistingActive === true,
  };
}

export function planAdjustment(current: ZoneClimate, target: ClimateTarget): string[] {
  const args: string[] = [];
  const dt = target.tempC - current.tempC;
  if (Math.abs(dt) >= 0.5) args.push("--heat", dt > 0 ? "up" : "down");
  if (current.humidityPct < HUMIDITY_BAND.min || current.humidityPct < target.humidityPct - 3) {
    args.push("--mist", "on");
  } else if (current.humidityPct > HUMIDITY_BAND.max && current.mistingActive) {
    args.push("--mist", "off");
  }
  return args;
}

export async function applyTarget(target: ClimateTarget): Promise<ZoneClimate> {
  const current = await readZone(target.zone);
  const adjustments = planAdjustment(current, target);
  if (adjustments.length === 0) return current;

  const result = await runClimateCtl(["set", "--zone", target.zone, ...adjustments]);
  if (result.code !== 0) {
    await alerts.page(
      "butterfly-house",
      `zone ${target.zone}: climate-ctl set exited ${result.code}: ${result.stderr.trim()}`,
    );
    throw new Error(`could not adjust zone ${target.zone}`);
  }
  return readZone(target.zone);
}
