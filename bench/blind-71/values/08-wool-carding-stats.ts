// expect: none
// Counters written in readline 'line' callbacks are read only after await once(rl, 'close') (which rejects on input errors), when every line has been delivered.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { once } from "node:events";

export interface CardingStats {
  batches: number;
  totalKg: number;
  byDrum: Record<string, number>;
  neps: number;
  malformed: number;
}

interface BatchLine {
  batchId: string;
  drum: string;
  kg: number;
  nepsPerGram: number;
}

function parseLine(line: string): BatchLine | null {
  const parts = line.split("\t");
  if (parts.length !== 4) return null;
  const [batchId, drum, kg, neps] = parts as [string, string, string, string];
  const parsedKg = Number.parseFloat(kg);
  const parsedNeps = Number.parseFloat(neps);
  if (!batchId || Number.isNaN(parsedKg) || Number.isNaN(parsedNeps)) return null;
  return { batchId, drum, kg: parsedKg, nepsPerGram: parsedNeps };
}

export async function summarizeShift(logPath: string): Promise<CardingStats> {
  const input = createReadStream(logPath, { encoding: "utf8" });
  const rl = createInterface({ input, crlfDelay: Infinity });

  let batches = 0;
  let totalKg = 0;
  let nepWeighted = 0;
  let malformed = 0;
  const byDrum: Record<string, number> = {};

  rl.on("line", (line) => {
    if (line.startsWith("#") || line.trim() === "") return;
    const parsed = parseLine(line);
    if (!parsed) {
      malformed += 1;
      return;
    }
    batches += 1;
    totalKg += parsed.kg;
    nepWeighted += parsed.nepsPerGram * parsed.kg;
    byDrum[parsed.drum] = (byDrum[parsed.drum] ?? 0) + parsed.kg;
  });

  await once(rl, "close");

  return {
    batches,
    totalKg: Math.round(totalKg * 100) / 100,
    byDrum,
    neps: totalKg === 0 ? 0 : Math.round((nepWeighted / totalKg) * 10) / 10,
    malformed,
  };
}

export function compareShifts(a: CardingStats, b: CardingStats): string {
  const kgDelta = b.totalKg - a.totalKg;
  const nepDelta = b.neps - a.neps;
  const direction = kgDelta >= 0 ? "up" : "down";
  return `throughput ${direction} ${Math.abs(kgDelta).toFixed(1)}kg, neps ${nepDelta >= 0 ? "+" : ""}${nepDelta.toFixed(1)}/g`;
}
