// expect: none
// serviceUvLamp passes options.signal to execFile, to events.once and to the warm-up sleep, so every wait in the routine is cancellable.
import { execFile } from 'node:child_process';
import { once, type EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export interface UvServiceOptions {
  relayCli?: string;
  warmupMs?: number;
  signal?: AbortSignal;
}

export interface UvServiceResult {
  lampHours: number;
  intensityMwCm2: number;
  replaceSoon: boolean;
}

async function relay(cli: string, channel: string, state: 'on' | 'off', signal?: AbortSignal): Promise<void> {
  await execFileAsync(cli, ['--channel', channel, state], { signal, timeout: 10_000 });
}

export async function serviceUvLamp(clarifier: EventEmitter, options: UvServiceOptions = {}): Promise<UvServiceResult> {
  const { relayCli = '/usr/local/bin/pondrelay', warmupMs = 120_000, signal } = options;

  await relay(relayCli, 'uv-main', 'off', signal);
  try {
    const [hoursReport] = (await once(clarifier, 'lamp-hours', { signal })) as [{ hours: number }];

    await relay(relayCli, 'uv-main', 'on', signal);
    // Low-pressure UV lamps need a couple of minutes to reach full output.
    await sleep(warmupMs, undefined, { signal });

    const [intensity] = (await once(clarifier, 'intensity', { signal })) as [number];
    return {
      lampHours: hoursReport.hours,
      intensityMwCm2: intensity,
      replaceSoon: hoursReport.hours > 8_000 || intensity < 30,
    };
  } catch (err) {
    await relay(relayCli, 'uv-main', 'on').catch(() => undefined);
    throw err;
  }
}

export function dosePerLitre(result: UvServiceResult, flowLitresPerHour: number, chamberLitres = 2.5): number {
  const exposureSeconds = (chamberLitres / flowLitresPerHour) * 3600;
  return result.intensityMwCm2 * exposureSeconds;
}
