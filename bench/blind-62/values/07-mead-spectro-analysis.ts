// expect: none
// stdout and stderr are accumulated by 'data' listeners but only read after awaiting the child's 'close' event, by which time every chunk has arrived
import { spawn } from "node:child_process";
import { once } from "node:events";

export interface SpectroResult {
  batchId: string;
  abvPct: number;
  residualSugarGL: number;
  colourSrm: number;
  haze: "clear" | "slight" | "cloudy";
}

declare const cellarBook: {
  batchSample(batchId: string): Promise<{ path: string; takenAt: Date }>;
  saveAnalysis(result: SpectroResult): Promise<void>;
};

const ANALYZER = "/opt/meadlab/bin/spectro-cli";

function hazeFrom(ntu: number): SpectroResult["haze"] {
  if (ntu < 5) return "clear";
  if (ntu < 25) return "slight";
  return "cloudy";
}

async function runAnalyzer(samplePath: string): Promise<Record<string, number>> {
  const child = spawn(ANALYZER, ["--format", "kv", "--profile", "mead", samplePath], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });

  const [code] = (await once(child, "close")) as [number | null, NodeJS.Signals | null];
  if (code !== 0) {
    throw new Error(`spectro-cli exited ${code}: ${stderr.trim().split("\n").pop() ?? "no output"}`);
  }

  const values: Record<string, number> = {};
  for (const line of stdout.split("\n")) {
    const [key, raw] = line.split("=");
    if (key && raw !== undefined && !Number.isNaN(Number(raw))) values[key.trim()] = Number(raw);
  }
  return values;
}

export async function analyzeBatch(batchId: string): Promise<SpectroResult> {
  const sample = await cellarBook.batchSample(batchId);
  const ageHours = (Date.now() - sample.takenAt.getTime()) / 3_600_000;
  if (ageHours > 48) {
    throw new Error(`sample for ${batchId} is ${Math.round(ageHours)}h old; draw a fresh one`);
  }

  const v = await runAnalyzer(sample.path);
  for (const required of ["abv", "rs", "srm", "ntu"]) {
    if (!(required in v)) throw new Error(`analyzer output for ${batchId} lacks ${required}`);
  }
  const result: SpectroResult = {
    batchId,
    abvPct: v.abv,
    residualSugarGL: v.rs,
    colourSrm: v.srm,
    haze: hazeFrom(v.ntu),
  };
  await cellarBook.saveAnalysis(result);
  return result;
}
