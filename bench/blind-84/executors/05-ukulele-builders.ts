// expect: none
// The CNC child process is wrapped with 'error' and 'close' handlers plus a watchdog, and a single settle() guard clears the watchdog so a failed spawn that emits both events still settles once.
import { spawn } from "node:child_process";

export type BodySize = "soprano" | "concert" | "tenor" | "baritone";

export interface FretboardJob {
  orderId: string;
  size: BodySize;
  wood: "rosewood" | "ebony" | "walnut";
  inlays: boolean;
}

export interface CarveReport {
  orderId: string;
  durationMs: number;
  toolChanges: number;
  warnings: string[];
}

const SCALE_LENGTH_MM: Record<BodySize, number> = {
  soprano: 330,
  concert: 380,
  tenor: 430,
  baritone: 480,
};

const CNC_BINARY = "/opt/luthier/bin/fretcut";
const WATCHDOG_MS = 15 * 60_000;

export function carveFretboard(job: FretboardJob): Promise<CarveReport> {
  return new Promise<CarveReport>((resolve, reject) => {
    const started = Date.now();
    const warnings: string[] = [];
    let toolChanges = 0;
    let stderr = "";
    let settled = false;

    const child = spawn(CNC_BINARY, [
      "--scale", String(SCALE_LENGTH_MM[job.size]),
      "--frets", job.size === "soprano" ? "12" : "18",
      "--material", job.wood,
      ...(job.inlays ? ["--inlay-pockets"] : []),
    ]);

    const watchdog = setTimeout(() => {
      child.kill("SIGTERM");
      settle(new Error(`fretcut exceeded ${WATCHDOG_MS / 60_000} minutes on ${job.orderId}`));
    }, WATCHDOG_MS);

    function settle(err: Error | null): void {
      if (settled) return;
      settled = true;
      clearTimeout(watchdog);
      if (err) reject(err);
      else resolve({ orderId: job.orderId, durationMs: Date.now() - started, toolChanges, warnings });
    }

    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      for (const line of chunk.split("\n")) {
        if (line.startsWith("TOOL ")) toolChanges++;
        else if (line.startsWith("WARN ")) warnings.push(line.slice(5));
      }
    });
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk: string) => {
      stderr += chunk;
    });

    child.on("error", (err) => settle(err));
    child.on("close", (code, signal) => {
      if (code === 0) settle(null);
      else settle(new Error(`fretcut exited with ${code ?? signal}: ${stderr.trim().slice(-500)}`));
    });
  });
}

export async function carveOrderBatch(jobs: FretboardJob[]): Promise<CarveReport[]> {
  const reports: CarveReport[] = [];
  // one spindle: jobs must run strictly one after another
  for (const job of jobs) {
    reports.push(await carveFretboard(job));
  }
  return reports;
}
