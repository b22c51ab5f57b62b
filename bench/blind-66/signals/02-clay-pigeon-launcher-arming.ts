// expect: none
// The race between the 'armed' event and the timeout shares one controller that is aborted in finally, so the losing listener and timer are always torn down.
import { EventEmitter, once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

export interface ArmedState {
  launcherId: string;
  springTensionN: number;
  magazineCount: number;
}

export interface ThrowRequest {
  launcherId: string;
  targets: number;
  delayMs: number;
}

declare const launcherBus: EventEmitter & {
  arm(launcherId: string): void;
  release(launcherId: string): Promise<void>;
  disarm(launcherId: string): void;
};

declare const rangeSafety: {
  isLineClear(launcherId: string): Promise<boolean>;
};

export class LauncherTimeoutError extends Error {
  constructor(readonly launcherId: string, readonly ms: number) {
    super(`launcher ${launcherId} did not arm within ${ms}ms`);
  }
}

async function waitUntilArmed(launcherId: string, timeoutMs: number, signal?: AbortSignal): Promise<ArmedState> {
  const local = new AbortController();
  const combined = signal ? AbortSignal.any([signal, local.signal]) : local.signal;

  const armed = (async () => {
    while (true) {
      const [state] = (await once(launcherBus, 'armed', { signal: combined })) as [ArmedState];
      if (state.launcherId === launcherId) return state;
    }
  })();
  const timeout = sleep(timeoutMs, undefined, { signal: combined }).then(() => {
    throw new LauncherTimeoutError(launcherId, timeoutMs);
  });

  try {
    return await Promise.race([armed, timeout]);
  } finally {
    local.abort();
  }
}

export async function throwTargets(request: ThrowRequest, signal?: AbortSignal): Promise<number> {
  if (!(await rangeSafety.isLineClear(request.launcherId))) {
    throw new Error(`line in front of ${request.launcherId} is not clear`);
  }
  signal?.throwIfAborted();

  launcherBus.arm(request.launcherId);
  let thrown = 0;
  try {
    let state = await waitUntilArmed(request.launcherId, 4_000, signal);
    while (thrown < request.targets) {
      if (state.magazineCount === 0) break;
      await launcherBus.release(request.launcherId);
      thrown += 1;
      if (thrown < request.targets) {
        await sleep(request.delayMs, undefined, { signal });
        launcherBus.arm(request.launcherId);
        state = await waitUntilArmed(request.launcherId, 4_000, signal);
      }
    }
  } finally {
    launcherBus.disarm(request.launcherId);
  }
  return thrown;
}
