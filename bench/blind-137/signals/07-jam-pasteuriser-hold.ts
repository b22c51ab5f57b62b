// expect: require-signal-propagation
// The hold loop checks the signal and passes it to the probe and valve, but sleeps between samples with an uncancellable timer.
import { setTimeout as sleep } from 'node:timers/promises';

export interface TemperatureProbe {
  readCelsius(options: { signal?: AbortSignal }): Promise<number>;
}

export interface SteamValve {
  open(options: { signal?: AbortSignal }): Promise<void>;
  close(options: { signal?: AbortSignal }): Promise<void>;
}

export interface HoldPlan {
  batchId: string;
  minC: number;
  maxC: number;
  holdSeconds: number;
  sampleSeconds: number;
}

export interface HoldResult {
  batchId: string;
  samples: number;
  restarts: number;
  lowestC: number;
  highestC: number;
}

export async function holdAtTemperature(
  probe: TemperatureProbe,
  valve: SteamValve,
  plan: HoldPlan,
  options: { signal: AbortSignal },
): Promise<HoldResult> {
  const { signal } = options;
  let heldSeconds = 0;
  let samples = 0;
  let restarts = 0;
  let lowestC = Infinity;
  let highestC = -Infinity;
  let steamOpen = false;

  while (heldSeconds < plan.holdSeconds) {
    signal.throwIfAborted();
    const celsius = await probe.readCelsius({ signal });
    samples += 1;
    lowestC = Math.min(lowestC, celsius);
    highestC = Math.max(highestC, celsius);

    if (celsius < plan.minC) {
      if (heldSeconds > 0) restarts += 1;
      heldSeconds = 0;
      if (!steamOpen) {
        await valve.open({ signal });
        steamOpen = true;
      }
    } else {
      heldSeconds += plan.sampleSeconds;
      if (celsius > plan.maxC && steamOpen) {
        await valve.close({ signal });
        steamOpen = false;
      }
    }

    await sleep(plan.sampleSeconds * 1000);
  }

  if (steamOpen) await valve.close({ signal });
  return { batchId: plan.batchId, samples, restarts, lowestC, highestC };
}
