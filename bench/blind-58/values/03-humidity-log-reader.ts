// expect: no-read-before-settle
// summarizeCave builds its summary from counters that the readline 'line' handler fills in, but reads them synchronously right after attaching it, before any line has been read.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";

export interface CaveConfig {
  caveId: string;
  logPath: string;
  minRh: number;
  maxRh: number;
}

export interface HumiditySummary {
  caveId: string;
  samples: number;
  averageRh: number;
  excursions: number;
  lastSampleAt: string | null;
}

declare const caveConfigs: {
  get(caveId: string): Promise<CaveConfig>;
};

declare const reports: {
  save(summary: HumiditySummary): Promise<void>;
};

const LINE = /^(\S+)\s+rh=(\d+(?:\.\d+)?)\s+t=(-?\d+(?:\.\d+)?)$/;

export async function summarizeCave(caveId: string): Promise<HumiditySummary> {
  const config = await caveConfigs.get(caveId);

  let samples = 0;
  let rhTotal = 0;
  let excursions = 0;
  let lastSampleAt: string | null = null;

  const rl = createInterface({ input: createReadStream(config.logPath), crlfDelay: Infinity });
  rl.on("line", (line) => {
    const match = LINE.exec(line.trim());
    if (!match) return;
    const rh = Number(match[2]);
    samples += 1;
    rhTotal += rh;
    if (rh < config.minRh || rh > config.maxRh) excursions += 1;
    lastSampleAt = match[1];
  });

  const summary: HumiditySummary = {
    caveId,
    samples,
    averageRh: samples > 0 ? Math.round((rhTotal / samples) * 10) / 10 : 0,
    excursions,
    lastSampleAt,
  };
  await reports.save(summary);
  return summary;
}

export async function summarizeAll(caveIds: string[]): Promise<HumiditySummary[]> {
  const results: HumiditySummary[] = [];
  for (const id of caveIds) {
    results.push(await summarizeCave(id));
  }
  return results;
}
