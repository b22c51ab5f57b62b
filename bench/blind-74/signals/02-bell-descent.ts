// expect: none
// The signal reaches every cancellable call: fetch gets it through the RequestInit built by surfaceRequest(), and events.once and the timers/promises hold receive it directly.
import { EventEmitter, once } from 'node:events';
import { setTimeout as hold } from 'node:timers/promises';

export interface DiveStep {
  depthM: number;
  holdMinutes: number;
}

export interface DivePlan {
  diveId: string;
  bellId: string;
  steps: DiveStep[];
}

interface WinchStatus {
  depthM: number;
  tensionKn: number;
}

declare const winch: EventEmitter & {
  moveTo(depthM: number): void;
  brake(): void;
};

declare const SURFACE_CONTROL_URL: string;

function surfaceRequest(signal: AbortSignal, body: unknown): RequestInit {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-dive-console': 'winch-2' },
    body: JSON.stringify(body),
    signal,
  };
}

async function report(diveId: string, event: string, detail: Record<string, unknown>, signal: AbortSignal): Promise<void> {
  const res = await fetch(`${SURFACE_CONTROL_URL}/dives/${diveId}/events`, surfaceRequest(signal, { event, ...detail }));
  if (!res.ok) throw new Error(`surface control rejected ${event}: ${res.status}`);
}

async function clearance(diveId: string, signal: AbortSignal): Promise<boolean> {
  const res = await fetch(`${SURFACE_CONTROL_URL}/dives/${diveId}/clearance`, { ...surfaceRequest(signal, {}), method: 'GET', body: undefined });
  if (!res.ok) return false;
  const { cleared } = (await res.json()) as { cleared: boolean };
  return cleared;
}

async function moveBell(depthM: number, signal: AbortSignal): Promise<WinchStatus> {
  winch.moveTo(depthM);
  try {
    const [status] = (await once(winch, 'arrived', { signal })) as [WinchStatus];
    return status;
  } catch (err) {
    winch.brake();
    throw err;
  }
}

export async function runDescent(plan: DivePlan, signal: AbortSignal): Promise<WinchStatus[]> {
  if (!(await clearance(plan.diveId, signal))) {
    throw new Error(`dive ${plan.diveId} has no surface clearance`);
  }
  const log: WinchStatus[] = [];
  await report(plan.diveId, 'descent-start', { bellId: plan.bellId }, signal);

  for (const step of plan.steps) {
    const status = await moveBell(step.depthM, signal);
    log.push(status);
    await report(plan.diveId, 'at-depth', { depthM: status.depthM, tensionKn: status.tensionKn }, signal);
    await hold(step.holdMinutes * 60_000, undefined, { signal });
  }

  await report(plan.diveId, 'descent-complete', { steps: log.length }, signal);
  return log;
}

export function maxDepth(plan: DivePlan): number {
  return plan.steps.reduce((m, s) => Math.max(m, s.depthM), 0);
}
