// expect: no-reused-settled-promise
// The retry helper creates the openValve promise once and re-awaits that same settled promise on every attempt, so no new command is ever sent.
import { setTimeout as sleep } from 'node:timers/promises';

export interface ValveCommandResult {
  zoneId: string;
  acknowledgedAt: number;
  flowLitresPerMinute: number;
}

declare const valveBus: {
  openValve(zoneId: string, durationSec: number): Promise<ValveCommandResult>;
  closeValve(zoneId: string): Promise<void>;
};

declare const telemetry: {
  record(event: string, data: Record<string, unknown>): void;
};

export interface IrrigationSlot {
  zoneId: string;
  durationSec: number;
  minFlow: number;
}

const MAX_ATTEMPTS = 4;
const BASE_BACKOFF_MS = 750;

async function openWithRetry(slot: IrrigationSlot): Promise<ValveCommandResult> {
  const command = valveBus.openValve(slot.zoneId, slot.durationSec);
  let lastError: unknown;

  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    try {
      const result = await command;
      telemetry.record('valve.opened', { zone: slot.zoneId, attempt });
      return result;
    } catch (err) {
      lastError = err;
      telemetry.record('valve.open_failed', {
        zone: slot.zoneId,
        attempt,
        message: err instanceof Error ? err.message : String(err),
      });
      // Field radios drop packets when the pump kicks in; back off a little more each time.
      await sleep(BASE_BACKOFF_MS * 2 ** (attempt - 1));
    }
  }

  throw new Error(`zone ${slot.zoneId}: valve did not acknowledge after ${MAX_ATTEMPTS} attempts`, {
    cause: lastError,
  });
}

export async function runIrrigationSchedule(slots: IrrigationSlot[]): Promise<string[]> {
  const lowFlowZones: string[] = [];

  for (const slot of slots) {
    const result = await openWithRetry(slot);

    if (result.flowLitresPerMinute < slot.minFlow) {
      // Likely a clogged emitter line; close early so the pump isn't running dry.
      await valveBus.closeValve(slot.zoneId);
      lowFlowZones.push(slot.zoneId);
      continue;
    }

    await sleep(slot.durationSec * 1000);
    await valveBus.closeValve(slot.zoneId);
  }

  return lowFlowZones;
}
