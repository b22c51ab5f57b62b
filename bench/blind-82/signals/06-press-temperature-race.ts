// expect: none
// The race between the press reading and the deadline aborts the losing request and clears the timer in finally, so nothing outlives the race.
export interface PressReading {
  pressId: string;
  honeyTempC: number;
  plateKn: number;
  flowMlPerMin: number;
}

declare const pressController: {
  read(pressId: string, init: { signal: AbortSignal }): Promise<PressReading>;
  setPlate(pressId: string, kn: number, init: { signal: AbortSignal }): Promise<void>;
};

export class PressTimeoutError extends Error {
  constructor(readonly pressId: string, ms: number) {
    super(`press ${pressId} did not report within ${ms}ms`);
    this.name = 'PressTimeoutError';
  }
}

const MAX_HONEY_TEMP_C = 40;
const TARGET_FLOW = 180;

async function readWithDeadline(pressId: string, ms: number, outer: AbortSignal): Promise<PressReading> {
  outer.throwIfAborted();
  const controller = new AbortController();
  const onOuterAbort = () => controller.abort(outer.reason);
  outer.addEventListener('abort', onOuterAbort, { once: true });

  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PressTimeoutError(pressId, ms)), ms);
  });

  try {
    return await Promise.race([pressController.read(pressId, { signal: controller.signal }), deadline]);
  } finally {
    clearTimeout(timer);
    controller.abort();
    outer.removeEventListener('abort', onOuterAbort);
  }
}

export async function tunePress(pressId: string, signal: AbortSignal, rounds = 6): Promise<PressReading> {
  signal.throwIfAborted();
  let plate = 20;
  let reading = await readWithDeadline(pressId, 3_000, signal);

  for (let i = 0; i < rounds; i++) {
    if (reading.honeyTempC > MAX_HONEY_TEMP_C) {
      throw new Error(`honey at ${reading.honeyTempC}°C on ${pressId}: heather enzymes at risk, stopping`);
    }
    const error = TARGET_FLOW - reading.flowMlPerMin;
    if (Math.abs(error) < 10) break;

    plate = Math.min(60, Math.max(5, plate + error * 0.05));
    await pressController.setPlate(pressId, plate, { signal });
    reading = await readWithDeadline(pressId, 3_000, signal);
  }

  return reading;
}

export async function tuneAll(pressIds: string[], signal: AbortSignal): Promise<Map<string, PressReading>> {
  const tuned = new Map<string, PressReading>();
  for (const pressId of pressIds) {
    tuned.set(pressId, await tunePress(pressId, signal));
  }
  return tuned;
}
