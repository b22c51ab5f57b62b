// expect: none
// metres and knots are accumulated in 'data' handlers and read only after `await finished(...)`, once the stream has ended.
import { createReadStream } from "node:fs";
import { finished } from "node:stream/promises";

export interface SpoolLog {
  spoolId: string;
  material: "waxed-linen" | "nylon" | "dyneema";
  gaugeMm: number;
  logFile: string;
}

export interface SpoolSummary {
  spoolId: string;
  metres: number;
  knots: number;
  breaks: number;
  usableForMarionettes: boolean;
}

declare const workshopDb: { saveSummary(summary: SpoolSummary): Promise<void> };

const PULSES_PER_METRE = 400;
const PULSE = 0x01;
const KNOT_FLAG = 0x02;
const BREAK_FLAG = 0x04;

export async function meterSpool(spool: SpoolLog): Promise<SpoolSummary> {
  let pulses = 0;
  let knots = 0;
  let breaks = 0;

  const stream = createReadStream(spool.logFile, { highWaterMark: 16 * 1024 });
  stream.on("data", (chunk) => {
    for (const byte of chunk as Buffer) {
      if (byte & PULSE) pulses++;
      if (byte & KNOT_FLAG) knots++;
      if (byte & BREAK_FLAG) breaks++;
    }
  });
  await finished(stream);

  const metres = Math.round((pulses / PULSES_PER_METRE) * 100) / 100;
  const knotsPer100m = metres > 0 ? (knots / metres) * 100 : Infinity;
  const summary: SpoolSummary = {
    spoolId: spool.spoolId,
    metres,
    knots,
    breaks,
    usableForMarionettes: breaks === 0 && knotsPer100m < 0.5 && spool.gaugeMm <= 1.2,
  };
  await workshopDb.saveSummary(summary);
  return summary;
}

export async function meterRack(spools: SpoolLog[]): Promise<{ total: number; usable: SpoolSummary[] }> {
  const usable: SpoolSummary[] = [];
  let total = 0;
  for (const spool of spools) {
    const summary = await meterSpool(spool);
    total += summary.metres;
    if (summary.usableForMarionettes) usable.push(summary);
  }
  return { total: Math.round(total * 100) / 100, usable };
}
