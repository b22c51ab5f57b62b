// expect: none
// 'line' fires many times but only accumulates; the promise settles once, on 'close' or on the stream's 'error', each detaching the other
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";

export interface WaterTableSample {
  probeId: string;
  takenAt: Date;
  depthCm: number;
  tempC: number;
  methanePpm: number | null;
}

export interface ImportResult {
  samples: WaterTableSample[];
  skipped: number;
}

declare const siteRegistry: {
  knownProbe(probeId: string): boolean;
};

function parseLine(line: string): WaterTableSample | null {
  const parts = line.split(";").map((p) => p.trim());
  if (parts.length < 4) return null;
  const [probeId, iso, depth, temp, methane] = parts;
  const takenAt = new Date(iso);
  const depthCm = Number(depth);
  const tempC = Number(temp);
  if (Number.isNaN(takenAt.getTime()) || !Number.isFinite(depthCm) || !Number.isFinite(tempC)) {
    return null;
  }
  return {
    probeId,
    takenAt,
    depthCm,
    tempC,
    methanePpm: methane ? Number(methane) : null,
  };
}

export function importLoggerDump(filePath: string): Promise<ImportResult> {
  return new Promise<ImportResult>((resolve, reject) => {
    const input = createReadStream(filePath, { encoding: "latin1" });
    const rl = createInterface({ input, crlfDelay: Infinity });
    const samples: WaterTableSample[] = [];
    let skipped = 0;
    let header = true;

    const onLine = (line: string) => {
      if (header) {
        header = false;
        return;
      }
      const sample = parseLine(line);
      if (sample && siteRegistry.knownProbe(sample.probeId)) {
        samples.push(sample);
      } else {
        skipped++;
      }
    };
    const onClose = () => {
      input.off("error", onError);
      resolve({ samples, skipped });
    };
    const onError = (err: Error) => {
      rl.off("close", onClose);
      rl.off("line", onLine);
      rl.close();
      reject(err);
    };

    rl.on("line", onLine);
    rl.once("close", onClose);
    input.once("error", onError);
  });
}

export function dailyMinimumDepth(samples: WaterTableSample[]): Map<string, number> {
  const byDay = new Map<string, number>();
  for (const s of samples) {
    const day = `${s.probeId}@${s.takenAt.toISOString().slice(0, 10)}`;
    const prev = byDay.get(day);
    if (prev === undefined || s.depthCm < prev) byDay.set(day, s.depthCm);
  }
  return byDay;
}
