// expect: none
// The race between the 'spun-down' event and the deadline shares one AbortController that is aborted in finally, which removes the listener and cancels the timer.
import { once, type EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

export interface BlowerTelemetry {
  rpm: number;
  motorTempC: number;
  windPressureMmWg: number;
}

interface BlowerDrive extends EventEmitter {
  commandStop(): void;
  commandCoastBrake(): void;
  telemetry(): BlowerTelemetry;
}

declare const organLog: {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
};

const SPIN_DOWN_DEADLINE_MS = 45_000;
const MOTOR_HOT_C = 85;

type StopOutcome = { kind: 'stopped'; telemetry: BlowerTelemetry } | { kind: 'deadline' };

async function waitForSpinDown(drive: BlowerDrive, deadlineMs: number): Promise<StopOutcome> {
  const losers = new AbortController();
  try {
    return await Promise.race([
      once(drive, 'spun-down', { signal: losers.signal }).then(
        ([telemetry]) => ({ kind: 'stopped', telemetry: telemetry as BlowerTelemetry }) as const,
      ),
      sleep(deadlineMs, { kind: 'deadline' } as const, { signal: losers.signal }),
    ]);
  } finally {
    losers.abort();
  }
}

export async function stopBlower(drive: BlowerDrive): Promise<BlowerTelemetry> {
  const before = drive.telemetry();
  organLog.info('stopping organ blower', { rpm: before.rpm, windPressureMmWg: before.windPressureMmWg });

  if (before.rpm === 0) {
    return before;
  }

  drive.commandStop();
  const outcome = await waitForSpinDown(drive, SPIN_DOWN_DEADLINE_MS);

  if (outcome.kind === 'stopped') {
    if (outcome.telemetry.motorTempC > MOTOR_HOT_C) {
      organLog.warn('blower motor hot after stop; leave louvres open', {
        motorTempC: outcome.telemetry.motorTempC,
      });
    }
    return outcome.telemetry;
  }

  // The fan is still coasting; engage the DC brake and give it a short second window.
  organLog.warn('blower did not spin down in time; applying coast brake', { ...drive.telemetry() });
  drive.commandCoastBrake();
  const braked = await waitForSpinDown(drive, 15_000);
  if (braked.kind === 'deadline') {
    throw new Error(`blower still turning at ${drive.telemetry().rpm} rpm after braking`);
  }
  return braked.telemetry;
}

export function windSummary(t: BlowerTelemetry): string {
  return `${t.rpm} rpm, ${t.windPressureMmWg} mm WG, motor ${t.motorTempC}°C`;
}
