// expect: none
// The manifest executor listens for both 'finish' and 'error' and detaches the other listener, so it always settles exactly once.
import { createWriteStream } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { join } from "node:path";

export interface DiveEntry {
  diverId: string;
  boat: string;
  descentAt: string;
  maxDepthM: number;
  bottomTimeS: number;
  oystersRaised: number;
  pearlsFound: number;
}

export interface ExportSummary {
  day: string;
  path: string;
  dives: number;
  pearls: number;
  flagged: number;
}

declare const diveLog: {
  entriesForDay(day: string): AsyncIterable<DiveEntry>;
};
declare const exportDir: string;

const MAX_SAFE_DEPTH_M = 30;
const MAX_BOTTOM_TIME_S = 150;

function isFlagged(entry: DiveEntry): boolean {
  return entry.maxDepthM > MAX_SAFE_DEPTH_M || entry.bottomTimeS > MAX_BOTTOM_TIME_S;
}

function writeManifest(path: string, summary: ExportSummary): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const out = createWriteStream(path, { flags: "w", encoding: "utf8" });
    const onFinish = () => {
      out.off("error", onError);
      resolve();
    };
    const onError = (err: Error) => {
      out.off("finish", onFinish);
      out.destroy();
      reject(err);
    };
    out.once("finish", onFinish);
    out.once("error", onError);
    out.end(JSON.stringify(summary, null, 2) + "\n");
  });
}

export async function exportDay(day: string): Promise<ExportSummary> {
  const path = join(exportDir, `dives-${day}.ndjson`);
  const summary: ExportSummary = { day, path, dives: 0, pearls: 0, flagged: 0 };

  async function* records(): AsyncGenerator<string> {
    for await (const entry of diveLog.entriesForDay(day)) {
      const flagged = isFlagged(entry);
      summary.dives += 1;
      summary.pearls += entry.pearlsFound;
      if (flagged) summary.flagged += 1;
      yield JSON.stringify({ ...entry, flagged }) + "\n";
    }
  }

  await pipeline(Readable.from(records()), createWriteStream(path, { encoding: "utf8" }));
  await writeManifest(join(exportDir, `dives-${day}.manifest.json`), summary);
  return summary;
}

export function yieldPerDive(summary: ExportSummary): number {
  if (summary.dives === 0) return 0;
  return Math.round((summary.pearls / summary.dives) * 1000) / 1000;
}
