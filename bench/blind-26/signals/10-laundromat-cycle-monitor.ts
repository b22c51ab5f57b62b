// expect: none
// monitorCycle tolerates transient poll failures, but checks the signal first and rethrows its reason, only wrapping genuine machine errors.
import { setInterval as every } from 'node:timers/promises';

export type MachineState = 'idle' | 'filling' | 'washing' | 'spinning' | 'drying' | 'done' | 'error';

export interface MachineStatus {
  machineId: string;
  state: MachineState;
  minutesRemaining: number;
  doorLocked: boolean;
  errorCode?: string;
}

export class MachineError extends Error {
  constructor(readonly machineId: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'MachineError';
  }
}

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const TRANSIENT_STATUS = new Set([502, 503, 504]);
const MAX_TRANSIENT_IN_A_ROW = 5;

function isTransient(err: unknown): boolean {
  if (err instanceof HttpError) return TRANSIENT_STATUS.has(err.status);
  return err instanceof TypeError; // fetch network failure
}

async function pollStatus(hubUrl: string, machineId: string, signal: AbortSignal): Promise<MachineStatus> {
  const res = await fetch(`${hubUrl}/machines/${machineId}/status`, { signal });
  if (!res.ok) throw new HttpError(res.status, `hub returned ${res.status} for ${machineId}`);
  return (await res.json()) as MachineStatus;
}

export async function monitorCycle(
  hubUrl: string,
  machineId: string,
  opts: { signal: AbortSignal; intervalMs?: number; onUpdate?: (s: MachineStatus) => void },
): Promise<MachineStatus> {
  const { signal } = opts;
  let transientInARow = 0;

  for await (const _ of every(opts.intervalMs ?? 15_000, undefined, { signal })) {
    let status: MachineStatus;
    try {
      status = await pollStatus(hubUrl, machineId, signal);
      transientInARow = 0;
    } catch (err) {
      if (signal.aborted) throw signal.reason;
      if (isTransient(err) && ++transientInARow < MAX_TRANSIENT_IN_A_ROW) continue;
      throw new MachineError(machineId, `lost contact with ${machineId}`, { cause: err });
    }

    opts.onUpdate?.(status);
    if (status.state === 'done') return status;
    if (status.state === 'error') {
      throw new MachineError(machineId, `machine ${machineId} reported ${status.errorCode ?? 'unknown error'}`);
    }
  }

  // setInterval only ends early when the signal aborts, which throws above.
  throw new MachineError(machineId, 'status polling stopped unexpectedly');
}
