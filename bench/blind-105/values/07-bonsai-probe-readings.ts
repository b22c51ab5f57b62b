// expect: no-read-before-settle
// `raw` is filled by the stdout 'data' listener, but it is parsed right after the 'spawn' event, before the probe has written anything, so every call returns an empty reading list and no bed is ever watered.
import { spawn } from 'node:child_process';
import { once } from 'node:events';

export interface ProbeReading {
  bed: string;
  depthCm: number;
  moisturePct: number;
}

export interface WateringDecision {
  bed: string;
  minutes: number;
}

const PROBE_BIN = process.env.SOIL_PROBE_BIN ?? '/usr/local/bin/soil-probe';

function parseReadings(raw: string): ProbeReading[] {
  return raw
    .split('\n')
    .filter((line) => line.startsWith('R '))
    .map((line) => {
      const [, bed, depth, pct] = line.split(' ');
      return { bed, depthCm: Number(depth), moisturePct: Number(pct) };
    })
    .filter((r) => Number.isFinite(r.moisturePct));
}

export async function readProbes(beds: string[]): Promise<ProbeReading[]> {
  const child = spawn(PROBE_BIN, ['--format', 'lines', ...beds.flatMap((b) => ['--bed', b])], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });

  let raw = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    raw += chunk;
  });

  await once(child, 'spawn');
  return parseReadings(raw);
}

export function decideWatering(readings: ProbeReading[], dryBelowPct: number): WateringDecision[] {
  const byBed = new Map<string, number[]>();
  for (const r of readings) {
    if (r.depthCm > 15) continue;
    byBed.set(r.bed, [...(byBed.get(r.bed) ?? []), r.moisturePct]);
  }
  const decisions: WateringDecision[] = [];
  for (const [bed, values] of byBed) {
    const avg = values.reduce((s, v) => s + v, 0) / values.length;
    if (avg < dryBelowPct) decisions.push({ bed, minutes: Math.ceil((dryBelowPct - avg) * 1.5) });
  }
  return decisions;
}

export async function morningRound(beds: string[], dryBelowPct = 22): Promise<WateringDecision[]> {
  const readings = await readProbes(beds);
  return decideWatering(readings, dryBelowPct);
}
