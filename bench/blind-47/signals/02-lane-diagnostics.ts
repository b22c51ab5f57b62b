// expect: none
// The caller's signal reaches fetch through an init object built by a helper, and is passed to execFile and the timers/promises delay directly.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { setTimeout as delay } from 'node:timers/promises';

const execFileAsync = promisify(execFile);

export interface LaneHealth {
  lane: number;
  oilPatternOk: boolean;
  ballReturnMs: number;
  foulLineSensor: 'ok' | 'dirty' | 'dead';
}

declare const bowlingCenter: {
  controllerUrl: string;
  apiKey: string;
  sensorTool: string;
};

function buildRequestInit(signal: AbortSignal, body?: unknown): RequestInit {
  return {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'x-api-key': bowlingCenter.apiKey, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal,
  };
}

async function readFoulLine(lane: number, signal: AbortSignal): Promise<LaneHealth['foulLineSensor']> {
  const { stdout } = await execFileAsync(bowlingCenter.sensorTool, ['foul-line', String(lane)], {
    signal,
    timeout: 10_000,
  });
  const value = stdout.trim();
  return value === 'ok' || value === 'dirty' ? value : 'dead';
}

async function timeBallReturn(lane: number, signal: AbortSignal): Promise<number> {
  const init = buildRequestInit(signal, { lane, action: 'test-ball' });
  const res = await fetch(`${bowlingCenter.controllerUrl}/lanes/${lane}/ball-return`, init);
  if (!res.ok) {
    throw new Error(`Ball return test on lane ${lane} failed: HTTP ${res.status}`);
  }
  const { elapsedMs } = (await res.json()) as { elapsedMs: number };
  return elapsedMs;
}

async function oilPattern(lane: number, signal: AbortSignal): Promise<boolean> {
  const res = await fetch(`${bowlingCenter.controllerUrl}/lanes/${lane}/oil`, buildRequestInit(signal));
  if (!res.ok) {
    return false;
  }
  const { pattern, ageHours } = (await res.json()) as { pattern: string; ageHours: number };
  return pattern !== 'none' && ageHours < 36;
}

export async function checkLanes(lanes: number[], signal: AbortSignal, settleMs = 1500): Promise<LaneHealth[]> {
  const report: LaneHealth[] = [];
  for (const lane of lanes) {
    const foulLineSensor = await readFoulLine(lane, signal);
    const ballReturnMs = await timeBallReturn(lane, signal);
    await delay(settleMs, undefined, { signal });
    const oilPatternOk = await oilPattern(lane, signal);
    report.push({ lane, oilPatternOk, ballReturnMs, foulLineSensor });
  }
  return report;
}

export function lanesNeedingService(report: LaneHealth[]): number[] {
  return report
    .filter((h) => !h.oilPatternOk || h.ballReturnMs > 12_000 || h.foulLineSensor !== 'ok')
    .map((h) => h.lane);
}
