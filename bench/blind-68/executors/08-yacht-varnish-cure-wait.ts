// expect: none
// Correct: every settle path first aborts the listener controller and clears the timer, so repeated 'reading' events or a late timeout cannot settle again.
export interface CureReading {
  coat: number;
  surfaceTempC: number;
  humidityPct: number;
  tackFree: boolean;
}

export interface CoatSpec {
  coat: number;
  product: 'spar-urethane' | 'two-part-epoxy' | 'tung-oil-blend';
  minSurfaceTempC: number;
  maxHumidityPct: number;
  maxCureMs: number;
}

declare const shedSensors: {
  forBay(bayId: string): EventTarget;
};

declare const shedHvac: {
  setDehumidifier(bayId: string, on: boolean): Promise<void>;
};

function isCured(r: CureReading, spec: CoatSpec): boolean {
  return r.coat === spec.coat && r.tackFree && r.surfaceTempC >= spec.minSurfaceTempC && r.humidityPct <= spec.maxHumidityPct;
}

export function waitForCure(sensor: EventTarget, spec: CoatSpec): Promise<CureReading> {
  const { promise, resolve, reject } = Promise.withResolvers<CureReading>();
  const listeners = new AbortController();
  const timer = setTimeout(() => {
    listeners.abort();
    reject(new Error(`coat ${spec.coat} not cured after ${spec.maxCureMs}ms`));
  }, spec.maxCureMs);
  const stop = () => {
    clearTimeout(timer);
    listeners.abort();
  };

  sensor.addEventListener(
    'reading',
    (event) => {
      const reading = (event as CustomEvent<CureReading>).detail;
      if (!isCured(reading, spec)) return;
      stop();
      resolve(reading);
    },
    { signal: listeners.signal },
  );

  sensor.addEventListener(
    'sensorfault',
    (event) => {
      stop();
      reject(new Error(`cure sensor fault: ${(event as CustomEvent<string>).detail}`));
    },
    { signal: listeners.signal },
  );

  return promise;
}

export interface CoatLog {
  bayId: string;
  coats: { coat: number; curedAt: Date; reading: CureReading }[];
}

export async function varnishSchedule(bayId: string, specs: CoatSpec[]): Promise<CoatLog> {
  const sensor = shedSensors.forBay(bayId);
  const log: CoatLog = { bayId, coats: [] };
  await shedHvac.setDehumidifier(bayId, true);
  try {
    for (const spec of specs) {
      const reading = await waitForCure(sensor, spec);
      log.coats.push({ coat: spec.coat, curedAt: new Date(), reading });
    }
  } finally {
    await shedHvac.setDehumidifier(bayId, false);
  }
  return log;
}
