// expect: none
// withRetry's parameter is a () => Promise<T> factory, so handing it the bare `counted` function reference is exactly what it expects (it is called afresh on every attempt), and every entry in the Promise.all array is an actual call.
import { setTimeout as sleep } from 'node:timers/promises';

export interface BoilerGauge {
  pressureKpa(): Promise<number>;
}

export interface SteamValves {
  open(valve: 'main' | 'bypass'): Promise<void>;
  close(valve: 'main' | 'bypass'): Promise<void>;
}

export interface Condenser {
  startCoolant(litresPerMinute: number): Promise<void>;
  coolantTempC(): Promise<number>;
}

export interface WarmupState {
  pressureKpa: number;
  coolantC: number;
  attempts: number;
}

export async function withRetry<T>(task: () => Promise<T>, attempts: number, delayMs = 2_000): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await task();
    } catch (err) {
      lastError = err;
      if (i < attempts - 1) await sleep(delayMs);
    }
  }
  throw lastError;
}

const TARGET_PRESSURE_KPA = 105;

export async function warmUpStill(gauge: BoilerGauge, valves: SteamValves, condenser: Condenser): Promise<WarmupState> {
  const readBoilerPressure = async () => {
    const kpa = await gauge.pressureKpa();
    if (kpa < TARGET_PRESSURE_KPA) throw new Error(`boiler at ${kpa} kPa, waiting for ${TARGET_PRESSURE_KPA}`);
    return kpa;
  };

  await Promise.all([valves.close('main'), valves.open('bypass'), condenser.startCoolant(12)]);

  let attempts = 0;
  const counted = () => {
    attempts++;
    return readBoilerPressure();
  };
  const pressureKpa = await withRetry(counted, 30, 10_000);

  await valves.close('bypass');
  await valves.open('main');
  const coolantC = await condenser.coolantTempC();
  return { pressureKpa, coolantC, attempts };
}
