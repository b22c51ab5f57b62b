// expect: no-multiple-settle
// Async executor awaits bench.reserve() before any handler is attached; if it rejects, the returned promise never settles.
import { EventEmitter } from "node:events";

export interface CabinetProfile {
  serial: string;
  model: "upright" | "cocktail" | "sitdown";
  monitor: "crt" | "lcd";
  burnInMinutes: number;
}

export interface BurnInReport {
  serial: string;
  bench: string;
  passed: boolean;
  peakTempC: number;
  flickerEvents: number;
  durationMs: number;
}

interface BenchSession extends EventEmitter {
  readonly benchId: string;
  start(profile: CabinetProfile): void;
  release(): void;
}

declare const bench: {
  reserve(model: CabinetProfile["model"]): Promise<BenchSession>;
};

declare const workshopLog: {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
};

const MAX_SAFE_TEMP_C = 62;

function summarize(
  profile: CabinetProfile,
  benchId: string,
  temps: number[],
  flickers: number,
  startedAt: number,
): BurnInReport {
  const peak = temps.length > 0 ? Math.max(...temps) : 0;
  return {
    serial: profile.serial,
    bench: benchId,
    passed: peak < MAX_SAFE_TEMP_C && flickers <= (profile.monitor === "crt" ? 3 : 0),
    peakTempC: peak,
    flickerEvents: flickers,
    durationMs: Date.now() - startedAt,
  };
}

export function runBurnIn(profile: CabinetProfile): Promise<BurnInReport> {
  return new Promise<BurnInReport>(async (resolve, reject) => {
    const session = await bench.reserve(profile.model);
    const startedAt = Date.now();
    const temps: number[] = [];
    let flickers = 0;

    const cleanup = () => {
      session.removeAllListeners();
      session.release();
    };

    session.on("temperature", (celsius: number) => {
      temps.push(celsius);
      if (celsius >= MAX_SAFE_TEMP_C + 8) {
        workshopLog.warn("thermal cutoff", { serial: profile.serial, celsius });
      }
    });

    session.on("flicker", () => {
      flickers += 1;
    });

    session.once("complete", () => {
      cleanup();
      const report = summarize(profile, session.benchId, temps, flickers, startedAt);
      workshopLog.info("burn-in complete", { ...report });
      resolve(report);
    });

    session.once("error", (err: Error) => {
      cleanup();
      reject(err);
    });

    session.start(profile);
  });
}

export async function burnInQueue(profiles: CabinetProfile[]): Promise<BurnInReport[]> {
  const reports: BurnInReport[] = [];
  for (const profile of profiles) {
    if (profile.burnInMinutes <= 0) {
      workshopLog.info("skipping burn-in", { serial: profile.serial });
      continue;
    }
    reports.push(await runBurnIn(profile));
  }
  return reports;
}
