// expect: require-signal-propagation
// runScenario passes its AbortSignal to every fetch but not to the timers/promises hold between steps, so an aborted drill still sleeps through each hold.
import { setTimeout as hold } from 'node:timers/promises';

export interface DrillStep {
  id: string;
  instruction: string;
  holdMs: number;
  expectAck: 'control-room' | 'shift-supervisor' | 'radiation-protection' | null;
}

export interface DrillScenario {
  scenarioId: string;
  title: string;
  steps: DrillStep[];
}

export interface StepOutcome {
  stepId: string;
  acknowledgedBy: string | null;
  latencyMs: number;
}

declare const drillApiBase: string;
declare const drillToken: string;

async function postJson<T>(path: string, body: unknown, signal: AbortSignal): Promise<T> {
  const res = await fetch(`${drillApiBase}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${drillToken}` },
    body: JSON.stringify(body),
    signal,
  });
  if (!res.ok) throw new Error(`${path} -> ${res.status} ${res.statusText}`);
  return (await res.json()) as T;
}

async function announce(step: DrillStep, signal: AbortSignal): Promise<void> {
  await postJson('/pa/announce', { text: `DRILL. DRILL. ${step.instruction}`, repeat: 2 }, signal);
}

async function awaitAck(scenarioId: string, step: DrillStep, signal: AbortSignal): Promise<string | null> {
  if (!step.expectAck) return null;
  const { acknowledgedBy } = await postJson<{ acknowledgedBy: string | null }>(
    `/drills/${scenarioId}/steps/${step.id}/ack-wait`,
    { role: step.expectAck, timeoutSeconds: 120 },
    signal,
  );
  return acknowledgedBy;
}

export async function runScenario(scenario: DrillScenario, signal: AbortSignal): Promise<StepOutcome[]> {
  const outcomes: StepOutcome[] = [];
  await postJson(`/drills/${scenario.scenarioId}/start`, { title: scenario.title }, signal);

  for (const step of scenario.steps) {
    signal.throwIfAborted();
    const started = Date.now();
    await announce(step, signal);
    const acknowledgedBy = await awaitAck(scenario.scenarioId, step, signal);
    outcomes.push({ stepId: step.id, acknowledgedBy, latencyMs: Date.now() - started });

    if (step.holdMs > 0) {
      // Give crews time to reach their muster points before the next instruction.
      await hold(step.holdMs);
    }
  }

  await postJson(`/drills/${scenario.scenarioId}/complete`, { outcomes }, signal);
  return outcomes;
}

export function missedAcks(scenario: DrillScenario, outcomes: StepOutcome[]): string[] {
  return scenario.steps
    .filter((s) => s.expectAck !== null)
    .filter((s) => outcomes.find((o) => o.stepId === s.id)?.acknowledgedBy == null)
    .map((s) => `${s.id} (${s.expectAck})`);
}
