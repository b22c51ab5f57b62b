// expect: none
// The spawn wrapper handles 'error' and 'close' plus a kill timeout, and a single finish guard makes sure only the first of them settles.
import { spawn } from 'node:child_process';

export interface GondolaRoute {
  from: string;
  to: string;
  departAt: string;
}

export interface PlannedLeg {
  canal: string;
  minutes: number;
  clearanceCm: number;
}

const PLANNER_BIN = process.env.TIDEPLAN_BIN ?? '/opt/guild/bin/tideplan';
const PLAN_TIMEOUT_MS = 15_000;

function runPlanner(args: string[], stdin: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const child = spawn(PLANNER_BIN, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let settled = false;

    const finish = (err: Error | null, output?: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(killTimer);
      if (err) reject(err);
      else resolve(output ?? '');
    };

    const killTimer = setTimeout(() => {
      child.kill('SIGKILL');
      finish(new Error(`tideplan timed out after ${PLAN_TIMEOUT_MS}ms`));
    }, PLAN_TIMEOUT_MS);

    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (err) => finish(err));
    child.on('close', (code, signal) => {
      if (code === 0) {
        finish(null, Buffer.concat(stdout).toString('utf8'));
      } else {
        const detail = Buffer.concat(stderr).toString('utf8').trim();
        finish(new Error(`tideplan exited with ${code ?? signal}: ${detail}`));
      }
    });

    child.stdin.on('error', (err) => finish(err));
    child.stdin.end(stdin);
  });
}

export async function planRoute(route: GondolaRoute, hullHeightCm: number): Promise<PlannedLeg[]> {
  const output = await runPlanner(
    ['--format=json', `--hull-height=${hullHeightCm}`],
    JSON.stringify(route),
  );
  const legs = JSON.parse(output) as PlannedLeg[];
  const tooLow = legs.find((leg) => leg.clearanceCm < 10);
  if (tooLow) {
    throw new Error(`bridge clearance on ${tooLow.canal} is only ${tooLow.clearanceCm}cm at ${route.departAt}`);
  }
  return legs;
}

export function totalMinutes(legs: readonly PlannedLeg[]): number {
  return legs.reduce((sum, leg) => sum + leg.minutes, 0);
}

export async function cheapestDeparture(
  base: Omit<GondolaRoute, 'departAt'>,
  departures: string[],
  hullHeightCm: number,
): Promise<{ departAt: string; minutes: number } | null> {
  let best: { departAt: string; minutes: number } | null = null;
  for (const departAt of departures) {
    const legs = await planRoute({ ...base, departAt }, hullHeightCm);
    const minutes = totalMinutes(legs);
    if (!best || minutes < best.minutes) best = { departAt, minutes };
  }
  return best;
}
