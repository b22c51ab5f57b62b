// expect: none
// The polling interval and the deadline timer are both cleared by stop() before the promise is resolved or rejected, so it settles exactly once.
export interface KettleReading {
  station: number;
  celsius: number;
  at: number;
}

export interface KettleBank {
  latest(station: number): KettleReading | undefined;
  setTarget(station: number, celsius: number): void;
}

export const STEEP_TEMPERATURES: Record<string, number> = {
  'white-silver-needle': 80,
  'green-sencha': 75,
  'oolong-tieguanyin': 90,
  'black-assam': 98,
  'pu-erh-shou': 99,
};

export class KettleTimeoutError extends Error {
  constructor(
    readonly station: number,
    readonly lastCelsius: number | undefined,
  ) {
    super(`station ${station} did not reach temperature (last reading ${lastCelsius ?? 'none'})`);
    this.name = 'KettleTimeoutError';
  }
}

export function waitForSteepTemperature(
  bank: KettleBank,
  station: number,
  tea: string,
  { toleranceC = 1.5, pollMs = 500, timeoutMs = 240_000 } = {},
): Promise<KettleReading> {
  const target = STEEP_TEMPERATURES[tea];
  if (target === undefined) return Promise.reject(new Error(`no steeping temperature for ${tea}`));
  bank.setTarget(station, target);

  return new Promise((resolve, reject) => {
    const stop = () => {
      clearInterval(poll);
      clearTimeout(deadline);
    };

    const poll = setInterval(() => {
      const reading = bank.latest(station);
      if (reading && Math.abs(reading.celsius - target) <= toleranceC) {
        stop();
        resolve(reading);
      }
    }, pollMs);

    const deadline = setTimeout(() => {
      stop();
      reject(new KettleTimeoutError(station, bank.latest(station)?.celsius));
    }, timeoutMs);
  });
}

export async function prepareFlight(bank: KettleBank, flight: Array<{ station: number; tea: string }>) {
  const ready = await Promise.all(flight.map((f) => waitForSteepTemperature(bank, f.station, f.tea)));
  return ready.map((r) => r.station);
}
