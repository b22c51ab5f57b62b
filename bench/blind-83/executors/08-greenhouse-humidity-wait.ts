// expect: none
// The humidity wait clears its timer and removes both listeners on every settling path, and the repeating 'reading' event only resolves once the threshold is met.
export interface HumidityReading {
  bay: string;
  relativeHumidity: number;
  at: number;
}

export class HumidityTimeoutError extends Error {
  constructor(readonly bay: string, readonly target: number) {
    super(`bay ${bay} did not reach ${target}% RH in time`);
    this.name = 'HumidityTimeoutError';
  }
}

declare const mistingPanel: EventTarget & {
  startMisting(bay: string, pulseSeconds: number): void;
  stopMisting(bay: string): void;
};

declare function recordCycle(bay: string, reading: HumidityReading, seconds: number): Promise<void>;

export function waitForHumidity(bay: string, target: number, timeoutMs: number): Promise<HumidityReading> {
  return new Promise<HumidityReading>((resolve, reject) => {
    const cleanup = () => {
      clearTimeout(timer);
      mistingPanel.removeEventListener('reading', onReading);
      mistingPanel.removeEventListener('fault', onFault);
    };
    const onReading = (ev: Event) => {
      const reading = (ev as CustomEvent<HumidityReading>).detail;
      if (reading.bay !== bay || reading.relativeHumidity < target) return;
      cleanup();
      resolve(reading);
    };
    const onFault = (ev: Event) => {
      const detail = (ev as CustomEvent<{ bay: string; message: string }>).detail;
      if (detail.bay !== bay) return;
      cleanup();
      reject(new Error(`misting fault in bay ${bay}: ${detail.message}`));
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new HumidityTimeoutError(bay, target));
    }, timeoutMs);

    mistingPanel.addEventListener('reading', onReading);
    mistingPanel.addEventListener('fault', onFault);
  });
}

const SUCCULENT_TARGET_RH: Record<string, number> = {
  echeveria: 40,
  haworthia: 50,
  rhipsalis: 65,
  schlumbergera: 60,
};

export async function runMistingCycle(bay: string, genus: string): Promise<HumidityReading> {
  const target = SUCCULENT_TARGET_RH[genus] ?? 45;
  const started = Date.now();
  mistingPanel.startMisting(bay, 4);
  try {
    const reading = await waitForHumidity(bay, target, 90_000);
    await recordCycle(bay, reading, (Date.now() - started) / 1000);
    return reading;
  } finally {
    mistingPanel.stopMisting(bay);
  }
}

export async function mistAllBays(bays: Array<{ bay: string; genus: string }>): Promise<string[]> {
  const slow: string[] = [];
  for (const { bay, genus } of bays) {
    try {
      await runMistingCycle(bay, genus);
    } catch (err) {
      if (!(err instanceof HumidityTimeoutError)) throw err;
      slow.push(bay);
    }
  }
  return slow;
}
