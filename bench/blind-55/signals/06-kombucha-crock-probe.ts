// expect: none
// Correct: the probe read races a timeout, and the finally block clears the timer and aborts the read's own controller, which is also linked to and unlinked from the caller's signal.
export interface CrockReading {
  crockId: string;
  ph: number;
  celsius: number;
  brix: number;
}

export class ProbeTimeoutError extends Error {
  constructor(readonly crockId: string, readonly ms: number) {
    super(`probe on crock ${crockId} silent for ${ms}ms`);
    this.name = "ProbeTimeoutError";
  }
}

declare const probeBus: {
  read(crockId: string, options: { signal: AbortSignal }): Promise<CrockReading>;
};
declare const brewLog: { warn(msg: string, data?: object): void };

export async function readCrock(crockId: string, signal: AbortSignal, timeoutMs = 3_000): Promise<CrockReading> {
  signal.throwIfAborted();

  const local = new AbortController();
  const forwardAbort = () => local.abort(signal.reason);
  signal.addEventListener("abort", forwardAbort, { once: true });

  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ProbeTimeoutError(crockId, timeoutMs)), timeoutMs);
  });

  try {
    return await Promise.race([probeBus.read(crockId, { signal: local.signal }), timeout]);
  } finally {
    clearTimeout(timer);
    signal.removeEventListener("abort", forwardAbort);
    local.abort();
  }
}

export interface FermentVerdict {
  crockId: string;
  action: "wait" | "taste" | "bottle" | "discard";
}

function verdictFor(reading: CrockReading): FermentVerdict["action"] {
  if (reading.ph < 2.5 || reading.celsius > 32) return "discard";
  if (reading.ph <= 3.1 && reading.brix < 5) return "bottle";
  if (reading.ph <= 3.5) return "taste";
  return "wait";
}

export async function morningRound(crockIds: string[], signal: AbortSignal): Promise<FermentVerdict[]> {
  const verdicts: FermentVerdict[] = [];
  for (const crockId of crockIds) {
    try {
      const reading = await readCrock(crockId, signal);
      verdicts.push({ crockId, action: verdictFor(reading) });
    } catch (err) {
      if (err instanceof ProbeTimeoutError) {
        brewLog.warn("probe timeout, will retry next round", { crockId });
        verdicts.push({ crockId, action: "wait" });
        continue;
      }
      throw err;
    }
  }
  return verdicts;
}
