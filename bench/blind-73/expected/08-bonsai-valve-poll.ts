// expect: none
// pollUntil receives a factory and calls read() on every iteration, so each attempt is a fresh valve-status request.
import { setTimeout as delay } from 'node:timers/promises';

export interface ValveStatus {
  zone: string;
  open: boolean;
  flowMlPerMin: number;
}

export interface IrrigationWindow {
  zone: string;
  species: string;
  volumeMl: number;
}

declare const valveController: {
  command(zone: string, action: 'open' | 'close'): Promise<void>;
  status(zone: string): Promise<ValveStatus>;
};

declare const soil: {
  moisture(zone: string): Promise<number>;
};

export class PollTimeoutError extends Error {
  constructor(what: string, attempts: number) {
    super(`${what} not reached after ${attempts} attempts`);
    this.name = 'PollTimeoutError';
  }
}

export async function pollUntil<T>(
  what: string,
  read: () => Promise<T>,
  done: (value: T) => boolean,
  { attempts = 20, intervalMs = 250 }: { attempts?: number; intervalMs?: number } = {},
): Promise<T> {
  for (let i = 1; i <= attempts; i++) {
    const value = await read();
    if (done(value)) return value;
    if (i < attempts) await delay(intervalMs);
  }
  throw new PollTimeoutError(what, attempts);
}

const DRY_THRESHOLD: Record<string, number> = {
  juniper: 0.18,
  ficus: 0.3,
  maple: 0.28,
  pine: 0.15,
};

export async function waterIfDry(window: IrrigationWindow): Promise<number> {
  const moisture = await soil.moisture(window.zone);
  const threshold = DRY_THRESHOLD[window.species] ?? 0.25;
  if (moisture >= threshold) return 0;

  await valveController.command(window.zone, 'open');
  const opened = await pollUntil(
    `valve ${window.zone} open`,
    () => valveController.status(window.zone),
    (s) => s.open && s.flowMlPerMin > 0,
  );

  const runMs = Math.ceil((window.volumeMl / opened.flowMlPerMin) * 60_000);
  await delay(runMs);

  await valveController.command(window.zone, 'close');
  await pollUntil(
    `valve ${window.zone} closed`,
    () => valveController.status(window.zone),
    (s) => !s.open,
    { attempts: 40 },
  );
  return window.volumeMl;
}

export async function morningCycle(windows: IrrigationWindow[]): Promise<Record<string, number>> {
  const delivered: Record<string, number> = {};
  for (const w of windows) {
    delivered[w.zone] = await waterIfDry(w);
  }
  return delivered;
}
