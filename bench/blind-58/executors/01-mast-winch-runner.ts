// expect: no-multiple-settle
// runWinch's promise listens only for the child's 'exit' event, so a spawn failure (which emits 'error', not 'exit') leaves it pending forever.
import { spawn } from "node:child_process";

export interface WinchCommand {
  mastId: string;
  direction: "reel-in" | "pay-out";
  meters: number;
  maxTensionKn: number;
}

export interface WinchResult {
  mastId: string;
  exitCode: number;
  stdout: string;
  stderr: string;
  durationMs: number;
}

declare const mastRegistry: {
  winchBinary(mastId: string): string;
  recordTelemetry(mastId: string, tensionKn: number): void;
};

const TENSION_LINE = /^tension=(\d+(?:\.\d+)?)kN$/;

export class WinchFailedError extends Error {
  constructor(readonly result: WinchResult) {
    super(`winch on mast ${result.mastId} exited with code ${result.exitCode}`);
    this.name = "WinchFailedError";
  }
}

function buildArgs(cmd: WinchCommand): string[] {
  return [
    `--direction=${cmd.direction}`,
    `--meters=${cmd.meters.toFixed(2)}`,
    `--max-tension=${cmd.maxTensionKn}`,
    "--telemetry=stdout",
  ];
}

export function runWinch(cmd: WinchCommand): Promise<WinchResult> {
  const started = Date.now();
  const child = spawn(mastRegistry.winchBinary(cmd.mastId), buildArgs(cmd), {
    stdio: ["ignore", "pipe", "pipe"],
  });

  let stdout = "";
  let stderr = "";
  let partial = "";
  child.stdout.setEncoding("utf8");
  child.stderr.setEncoding("utf8");

  child.stdout.on("data", (chunk: string) => {
    stdout += chunk;
    const lines = (partial + chunk).split("\n");
    partial = lines.pop() ?? "";
    for (const line of lines) {
      const match = TENSION_LINE.exec(line.trim());
      if (match) {
        mastRegistry.recordTelemetry(cmd.mastId, Number(match[1]));
      }
    }
  });
  child.stderr.on("data", (chunk: string) => {
    stderr += chunk;
  });

  return new Promise<WinchResult>((resolve, reject) => {
    child.on("exit", (code, signal) => {
      const result: WinchResult = {
        mastId: cmd.mastId,
        exitCode: code ?? (signal ? 128 : 1),
        stdout,
        stderr,
        durationMs: Date.now() - started,
      };
      if (result.exitCode === 0) {
        resolve(result);
      } else {
        reject(new WinchFailedError(result));
      }
    });
  });
}

export async function moorAirship(mastId: string, lineLengthM: number): Promise<WinchResult[]> {
  const steps: WinchCommand[] = [
    { mastId, direction: "reel-in", meters: lineLengthM * 0.8, maxTensionKn: 40 },
    { mastId, direction: "reel-in", meters: lineLengthM * 0.2, maxTensionKn: 18 },
  ];
  const results: WinchResult[] = [];
  for (const step of steps) {
    results.push(await runWinch(step));
  }
  return results;
}
