// expect: none
// Totals are accumulated in 'line' callbacks but only read after `await once(rl, 'close')`, when every line has been processed.
import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

export interface FlowSample {
  at: Date;
  cisternId: string;
  inflowLpm: number;
  outflowLpm: number;
  levelLitres: number;
}

export interface CisternDaySummary {
  cisternId: string;
  collectedLitres: number;
  usedLitres: number;
  peakLevelLitres: number;
  overflowMinutes: number;
}

declare const cisternRegistry: {
  capacity(cisternId: string): Promise<number>;
};

function parseSample(line: string): FlowSample | undefined {
  const [ts, cisternId, inflow, outflow, level] = line.split(',');
  if (!ts || !cisternId) return undefined;
  const at = new Date(ts);
  if (Number.isNaN(at.getTime())) return undefined;
  return {
    at,
    cisternId,
    inflowLpm: Number(inflow) || 0,
    outflowLpm: Number(outflow) || 0,
    levelLitres: Number(level) || 0,
  };
}

export async function summarizeFlowLog(file: string, cisternId: string): Promise<CisternDaySummary> {
  const capacity = await cisternRegistry.capacity(cisternId);
  const rl = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });

  let collected = 0;
  let used = 0;
  let peak = 0;
  let overflowMinutes = 0;
  let previous: FlowSample | undefined;

  rl.on('line', (line) => {
    const sample = parseSample(line);
    if (!sample || sample.cisternId !== cisternId) return;
    if (previous) {
      const minutes = (sample.at.getTime() - previous.at.getTime()) / 60_000;
      collected += previous.inflowLpm * minutes;
      used += previous.outflowLpm * minutes;
      if (previous.levelLitres >= capacity) overflowMinutes += minutes;
    }
    peak = Math.max(peak, sample.levelLitres);
    previous = sample;
  });

  await once(rl, 'close');

  return {
    cisternId,
    collectedLitres: Math.round(collected),
    usedLitres: Math.round(used),
    peakLevelLitres: peak,
    overflowMinutes: Math.round(overflowMinutes),
  };
}

export async function weeklyRollup(files: string[], cisternId: string): Promise<string> {
  const days: CisternDaySummary[] = [];
  for (const f of files) days.push(await summarizeFlowLog(f, cisternId));
  const collected = days.reduce((s, d) => s + d.collectedLitres, 0);
  const overflow = days.reduce((s, d) => s + d.overflowMinutes, 0);
  return `${cisternId}: ${collected} L collected over ${days.length} days, ${overflow} min overflowing`;
}
