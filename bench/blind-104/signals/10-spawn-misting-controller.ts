// expect: no-swallowed-abort
// runMistCycle wraps every failure, including the AbortError from a cancelled cycle, in a generic MistingFault, so the lab's isAbort check never matches and an operator cancel raises a hardware alarm and locks the chamber.
export interface Chamber {
  chamberId: string;
  targetRh: number;
  species: 'oyster' | 'lions-mane' | 'shiitake';
}

export interface MistingValve {
  pulse(chamberId: string, ms: number, opts: { signal: AbortSignal }): Promise<void>;
  humidity(chamberId: string, opts: { signal: AbortSignal }): Promise<number>;
}

export interface LabAlarms {
  raise(chamberId: string, message: string): void;
  lock(chamberId: string): void;
}

export class MistingFault extends Error {
  constructor(chamberId: string, cause: unknown) {
    super(`misting fault in ${chamberId}: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'MistingFault';
  }
}

const MAX_PULSES = 12;

export async function runMistCycle(valve: MistingValve, chamber: Chamber, signal: AbortSignal): Promise<number> {
  try {
    let pulses = 0;
    let rh = await valve.humidity(chamber.chamberId, { signal });
    while (rh < chamber.targetRh && pulses < MAX_PULSES) {
      const deficit = chamber.targetRh - rh;
      await valve.pulse(chamber.chamberId, Math.min(2_000, deficit * 150), { signal });
      pulses += 1;
      rh = await valve.humidity(chamber.chamberId, { signal });
    }
    if (rh < chamber.targetRh) throw new Error(`RH stuck at ${rh}% after ${pulses} pulses`);
    return pulses;
  } catch (err) {
    throw new MistingFault(chamber.chamberId, err);
  }
}

const isAbort = (err: unknown) => err instanceof Error && err.name === 'AbortError';

export async function tendChambers(
  valve: MistingValve,
  alarms: LabAlarms,
  chambers: Chamber[],
  signal: AbortSignal,
): Promise<void> {
  for (const chamber of chambers) {
    try {
      await runMistCycle(valve, chamber, signal);
    } catch (err) {
      if (isAbort(err)) throw err;
      alarms.raise(chamber.chamberId, err instanceof Error ? err.message : String(err));
      alarms.lock(chamber.chamberId);
    }
  }
}
