// expect: no-reused-settled-promise
// readWithRetry starts one probe read and awaits that same settled promise on every retry, so a failed read can never be retried.
import { setTimeout as sleep } from "node:timers/promises";

export type ToastLevel = "light" | "medium" | "medium-plus" | "heavy";

export interface KilnProbe {
  kilnId: string;
  readCelsius(): Promise<number>;
}

export interface ToastStep {
  holdMinutes: number;
  targetC: number;
}

declare const kilnBurner: {
  setpoint(kilnId: string, celsius: number): Promise<void>;
};
declare const barrelLedger: {
  recordToast(barrelId: string, level: ToastLevel, curve: number[]): Promise<void>;
};

const PROFILES: Record<ToastLevel, ToastStep[]> = {
  light: [{ holdMinutes: 10, targetC: 150 }, { holdMinutes: 15, targetC: 175 }],
  medium: [{ holdMinutes: 10, targetC: 160 }, { holdMinutes: 20, targetC: 190 }],
  "medium-plus": [{ holdMinutes: 10, targetC: 170 }, { holdMinutes: 25, targetC: 205 }],
  heavy: [{ holdMinutes: 15, targetC: 180 }, { holdMinutes: 30, targetC: 225 }],
};

export async function readWithRetry(probe: KilnProbe, attempts = 4, baseDelayMs = 250): Promise<number> {
  const reading = probe.readCelsius();
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      const celsius = await reading;
      if (celsius < -40 || celsius > 600) {
        throw new RangeError(`kiln ${probe.kilnId}: implausible reading ${celsius}C`);
      }
      return celsius;
    } catch (err) {
      lastError = err;
      await sleep(baseDelayMs * 2 ** attempt);
    }
  }
  throw new Error(`kiln ${probe.kilnId}: probe unreadable after ${attempts} attempts`, { cause: lastError });
}

export async function toastBarrel(barrelId: string, probe: KilnProbe, level: ToastLevel): Promise<number[]> {
  const curve: number[] = [];
  for (const step of PROFILES[level]) {
    await kilnBurner.setpoint(probe.kilnId, step.targetC);
    for (let minute = 0; minute < step.holdMinutes; minute++) {
      await sleep(60_000);
      const celsius = await readWithRetry(probe);
      curve.push(celsius);
      if (celsius > step.targetC + 25) {
        await kilnBurner.setpoint(probe.kilnId, step.targetC - 10);
      }
    }
  }
  await kilnBurner.setpoint(probe.kilnId, 0);
  await barrelLedger.recordToast(barrelId, level, curve);
  return curve;
}

export function charDepthEstimate(curve: number[]): number {
  const hot = curve.filter((c) => c >= 200).length;
  return Math.min(4, Math.round((hot / 12) * 10) / 10);
}
