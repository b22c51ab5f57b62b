// expect: none
// pollUntil takes a factory and calls check() on every attempt, so each poll is a fresh request rather than the same settled promise.
import { setTimeout as sleep } from 'node:timers/promises';

interface GateState {
  platform: string;
  gate: 'open' | 'closed' | 'fault';
  riderClipped: boolean;
}

export interface PollOptions {
  intervalMs?: number;
  timeoutMs?: number;
  signal?: AbortSignal;
}

export async function pollUntil<T>(
  check: () => Promise<T>,
  done: (value: T) => boolean,
  { intervalMs = 250, timeoutMs = 20_000, signal }: PollOptions = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (done(value)) return value;
    if (Date.now() + intervalMs > deadline) {
      throw new Error(`condition not met within ${timeoutMs}ms (last value: ${JSON.stringify(value)})`);
    }
    await sleep(intervalMs, undefined, { signal });
  }
}

declare const platformApi: {
  gateState(platform: string, signal?: AbortSignal): Promise<GateState>;
  openGate(platform: string): Promise<void>;
};

export async function releaseRider(platform: string, signal?: AbortSignal): Promise<GateState> {
  const clipped = await pollUntil(
    () => platformApi.gateState(platform, signal),
    (s) => s.riderClipped || s.gate === 'fault',
    { intervalMs: 500, timeoutMs: 60_000, signal },
  );
  if (clipped.gate === 'fault') {
    throw new Error(`platform ${platform} reports a gate fault; call the line supervisor`);
  }

  await platformApi.openGate(platform);

  return pollUntil(
    () => platformApi.gateState(platform, signal),
    (s) => s.gate === 'open',
    { signal },
  );
}
