// expect: none
// The gate promise settles from 'go', 'falsestart', abort or the timeout; a cleanup() run before every settle clears the timer and removes all three listeners, so nothing can fire again.
export type GateOutcome =
  | { kind: 'go'; releasedAt: number }
  | { kind: 'falsestart'; lane: number };

export interface StartGateOptions {
  maxHoldMs?: number;
  signal?: AbortSignal;
}

/**
 * Browser-side helper for the hill's start hut display. The starter's
 * console dispatches 'go' or 'falsestart' CustomEvents on the gate target.
 */
export function awaitRelease(gate: EventTarget, opts: StartGateOptions = {}): Promise<GateOutcome> {
  const { maxHoldMs = 30_000, signal } = opts;

  return new Promise<GateOutcome>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }

    const onGo = (ev: Event) => {
      cleanup();
      const detail = (ev as CustomEvent<{ at: number }>).detail;
      resolve({ kind: 'go', releasedAt: detail?.at ?? performance.now() });
    };

    const onFalseStart = (ev: Event) => {
      cleanup();
      const lane = (ev as CustomEvent<{ lane: number }>).detail.lane;
      resolve({ kind: 'falsestart', lane });
    };

    const onAbort = () => {
      cleanup();
      reject(signal!.reason);
    };

    const holdTimer = setTimeout(() => {
      cleanup();
      reject(new Error(`starter held the wheel for more than ${maxHoldMs}ms`));
    }, maxHoldMs);

    function cleanup() {
      clearTimeout(holdTimer);
      gate.removeEventListener('go', onGo);
      gate.removeEventListener('falsestart', onFalseStart);
      signal?.removeEventListener('abort', onAbort);
    }

    gate.addEventListener('go', onGo);
    gate.addEventListener('falsestart', onFalseStart);
    signal?.addEventListener('abort', onAbort);
  });
}

export async function runHeat(gate: EventTarget, lanes: number, display: (msg: string) => void) {
  const controller = new AbortController();
  const cancel = () => controller.abort(new Error('heat cancelled by marshal'));
  gate.addEventListener('cancel', cancel, { once: true });
  try {
    for (let attempt = 1; attempt <= 3; attempt++) {
      display(`Heat ready: ${lanes} wheels on the line (attempt ${attempt})`);
      const outcome = await awaitRelease(gate, { signal: controller.signal });
      if (outcome.kind === 'go') {
        display('Wheels away!');
        return outcome.releasedAt;
      }
      display(`False start in lane ${outcome.lane}, resetting`);
    }
    throw new Error('three false starts, heat void');
  } finally {
    gate.removeEventListener('cancel', cancel);
  }
}
