// expect: none
// Correct: warmUp observes the signal between steps, forwards it to every call that takes one, and its abort listener shuts the element off and is removed in finally.
import { EventEmitter, once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

declare const stove: EventEmitter & {
  setElement(percent: number): void;
  readCabinC(): number;
};

declare const bookingApi: {
  confirmReady(roomId: string, options: { signal?: AbortSignal }): Promise<void>;
};

export interface WarmUpPlan {
  roomId: string;
  targetC: number;
  maxMinutes: number;
}

export interface WarmUpResult {
  roomId: string;
  reachedC: number;
  minutes: number;
}

function elementPower(currentC: number, targetC: number): number {
  const gap = targetC - currentC;
  if (gap <= 0) return 0;
  if (gap < 5) return 35;
  if (gap < 15) return 70;
  return 100;
}

export async function warmUp(plan: WarmUpPlan, signal: AbortSignal): Promise<WarmUpResult> {
  signal.throwIfAborted();
  const onAbort = (): void => stove.setElement(0);
  signal.addEventListener('abort', onAbort, { once: true });

  const started = Date.now();
  try {
    const [initial] = (await once(stove, 'stones-ready', { signal })) as [number];
    let current = initial;

    while (current < plan.targetC) {
      signal.throwIfAborted();
      const minutes = (Date.now() - started) / 60_000;
      if (minutes > plan.maxMinutes) {
        stove.setElement(0);
        throw new Error(`sauna ${plan.roomId} reached only ${current.toFixed(1)}C in ${plan.maxMinutes} min`);
      }
      stove.setElement(elementPower(current, plan.targetC));
      await sleep(30_000, undefined, { signal });
      current = stove.readCabinC();
    }

    stove.setElement(elementPower(current, plan.targetC) || 20);
    await bookingApi.confirmReady(plan.roomId, { signal });
    return { roomId: plan.roomId, reachedC: current, minutes: Math.round((Date.now() - started) / 60_000) };
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

export async function warmUpForBooking(plan: WarmUpPlan, bookingSignal: AbortSignal): Promise<WarmUpResult> {
  const hardLimit = AbortSignal.timeout((plan.maxMinutes + 5) * 60_000);
  return warmUp(plan, AbortSignal.any([bookingSignal, hardLimit]));
}
