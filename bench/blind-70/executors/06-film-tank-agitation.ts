// expect: none
// correct: the polling executor stops its interval and returns immediately after every resolve or reject, so it settles exactly once.
export interface TankReading {
  tankId: string;
  celsius: number;
  agitating: boolean;
}

declare const tankBus: {
  sample(tankId: string): TankReading | undefined;
  setHeater(tankId: string, on: boolean): void;
  startAgitation(tankId: string, cyclesPerMinute: number): void;
};

export interface DevelopStep {
  chemistry: 'developer' | 'stop' | 'fixer' | 'wash';
  targetCelsius: number;
  toleranceCelsius: number;
}

const POLL_MS = 250;

export function waitForTemperature(
  tankId: string,
  step: DevelopStep,
  maxWaitMs = 10 * 60_000,
): Promise<TankReading> {
  const deadline = Date.now() + maxWaitMs;

  return new Promise<TankReading>((resolve, reject) => {
    tankBus.setHeater(tankId, true);

    const poll = setInterval(() => {
      const reading = tankBus.sample(tankId);

      if (Date.now() > deadline) {
        clearInterval(poll);
        tankBus.setHeater(tankId, false);
        reject(new Error(`${step.chemistry} in tank ${tankId} never reached ${step.targetCelsius}°C`));
        return;
      }

      if (!reading) {
        return;
      }

      if (reading.celsius > step.targetCelsius + 3 * step.toleranceCelsius) {
        clearInterval(poll);
        tankBus.setHeater(tankId, false);
        reject(new Error(`tank ${tankId} overshot to ${reading.celsius.toFixed(1)}°C`));
        return;
      }

      if (Math.abs(reading.celsius - step.targetCelsius) <= step.toleranceCelsius) {
        clearInterval(poll);
        tankBus.setHeater(tankId, false);
        resolve(reading);
      }
    }, POLL_MS);
  });
}

export async function prepareTank(tankId: string, steps: DevelopStep[]): Promise<TankReading[]> {
  const readings: TankReading[] = [];
  for (const step of steps) {
    if (step.chemistry === 'wash') {
      continue;
    }
    const reading = await waitForTemperature(tankId, step);
    readings.push(reading);
  }
  tankBus.startAgitation(tankId, 4);
  return readings;
}

export function describeReadings(readings: TankReading[]): string {
  if (readings.length === 0) {
    return 'no heated steps';
  }
  const spread =
    Math.max(...readings.map((r) => r.celsius)) - Math.min(...readings.map((r) => r.celsius));
  return `${readings.length} steps, spread ${spread.toFixed(2)}°C`;
}
