// expect: none
// pollUntil takes a probe function and calls it afresh on every iteration, so each poll sees the press's current status rather than the first answer.
import { setTimeout as sleep } from 'node:timers/promises';

export type PressPhase = 'loading' | 'milling' | 'pressing' | 'draining' | 'done' | 'fault';

export interface PressStatus {
  pressId: string;
  phase: PressPhase;
  litresSoFar: number;
  faultCode?: string;
}

export interface PressApi {
  getStatus(pressId: string): Promise<PressStatus>;
}

export interface PollOptions {
  intervalMs: number;
  timeoutMs: number;
}

export async function pollUntil<T>(
  probe: () => Promise<T>,
  isDone: (value: T) => boolean,
  { intervalMs, timeoutMs }: PollOptions,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (isDone(value)) return value;
    if (Date.now() + intervalMs > deadline) {
      throw new Error(`condition not reached within ${timeoutMs} ms`);
    }
    await sleep(intervalMs);
  }
}

export class PressMonitor {
  constructor(
    private readonly api: PressApi,
    private readonly options: PollOptions = { intervalMs: 5_000, timeoutMs: 45 * 60_000 },
  ) {}

  async waitForCycle(pressId: string): Promise<PressStatus> {
    const status = await pollUntil(
      () => this.api.getStatus(pressId),
      (s) => s.phase === 'done' || s.phase === 'fault',
      this.options,
    );
    if (status.phase === 'fault') {
      throw new Error(`press ${pressId} faulted (${status.faultCode ?? 'no code'}) after ${status.litresSoFar} L`);
    }
    return status;
  }

  async waitForAll(pressIds: string[]): Promise<Map<string, number>> {
    const statuses = await Promise.all(pressIds.map((id) => this.waitForCycle(id)));
    return new Map(statuses.map((s) => [s.pressId, s.litresSoFar]));
  }
}
