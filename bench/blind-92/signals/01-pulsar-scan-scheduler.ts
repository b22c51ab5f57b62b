// expect: none
// The caller's signal reaches every step: fetch gets AbortSignal.any([signal, timeout]), the settle delay uses timers/promises setTimeout with { signal }, and the loop checks throwIfAborted.
import { setTimeout as delay } from 'node:timers/promises';

export interface PointingCommand {
  antenna: string;
  raHours: number;
  decDeg: number;
}

export interface ScanPlan {
  pulsar: string;
  raHours: number;
  decDeg: number;
  dwellSec: number;
}

export interface ScanOutcome {
  pulsar: string;
  antennasOnSource: string[];
  antennasFailed: string[];
}

const MONITOR_URL = process.env.ARRAY_MONITOR_URL ?? 'http://array-monitor.local:8080';

async function pointAntenna(cmd: PointingCommand, signal: AbortSignal): Promise<boolean> {
  const res = await fetch(`${MONITOR_URL}/antennas/${cmd.antenna}/point`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ra: cmd.raHours, dec: cmd.decDeg }),
    signal: AbortSignal.any([signal, AbortSignal.timeout(15_000)]),
  });
  if (res.status === 409) return false; // antenna in maintenance / stowed for wind
  if (!res.ok) throw new Error(`pointing ${cmd.antenna} failed: ${res.status}`);
  return true;
}

async function onSource(antenna: string, signal: AbortSignal): Promise<boolean> {
  const res = await fetch(`${MONITOR_URL}/antennas/${antenna}/tracking`, { signal });
  const body = (await res.json()) as { tracking: boolean; errorArcsec: number };
  return body.tracking && body.errorArcsec < 20;
}

export async function runScan(
  plan: ScanPlan,
  antennas: string[],
  signal: AbortSignal,
): Promise<ScanOutcome> {
  const outcome: ScanOutcome = { pulsar: plan.pulsar, antennasOnSource: [], antennasFailed: [] };

  const pointed = await Promise.all(
    antennas.map((antenna) =>
      pointAntenna({ antenna, raHours: plan.raHours, decDeg: plan.decDeg }, signal),
    ),
  );

  let pending = antennas.filter((_, i) => pointed[i]);
  outcome.antennasFailed.push(...antennas.filter((_, i) => !pointed[i]));

  for (let attempt = 0; attempt < 12 && pending.length > 0; attempt++) {
    signal.throwIfAborted();
    await delay(5_000, undefined, { signal });
    const checks = await Promise.all(pending.map((a) => onSource(a, signal)));
    outcome.antennasOnSource.push(...pending.filter((_, i) => checks[i]));
    pending = pending.filter((_, i) => !checks[i]);
  }

  outcome.antennasFailed.push(...pending);
  return outcome;
}
