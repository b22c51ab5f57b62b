// expect: no-multiple-settle
// Bug: readGauge rejects on a driver error but has no return, so it falls through to resolve(decodeFrame(raw)) on the same path.
declare const pressDriver: {
  readGauge(lineId: string, gauge: 'platen' | 'juice', cb: (err: Error | null, raw: RawGaugeFrame) => void): void;
  setPlatenTarget(lineId: string, bar: number, cb: (err: Error | null) => void): void;
};

declare const metrics: {
  gauge(name: string, value: number, tags: Record<string, string>): void;
};

export interface GaugeReading {
  bar: number;
  temperatureC: number;
  sequence: number;
}

export interface PressCycleResult {
  lineId: string;
  peakBar: number;
  juiceBar: number;
  steps: number;
}

interface RawGaugeFrame {
  centibar: number;
  deciCelsius: number;
  seq: number;
}

function decodeFrame(raw: RawGaugeFrame): GaugeReading {
  return {
    bar: raw.centibar / 100,
    temperatureC: raw.deciCelsius / 10,
    sequence: raw.seq,
  };
}

function readGauge(lineId: string, gauge: 'platen' | 'juice'): Promise<GaugeReading> {
  return new Promise<GaugeReading>((resolve, reject) => {
    pressDriver.readGauge(lineId, gauge, (err, raw) => {
      if (err) {
        reject(new Error(`gauge ${gauge} on ${lineId} unavailable`, { cause: err }));
      }
      resolve(decodeFrame(raw));
    });
  });
}

function setPlatenTarget(lineId: string, bar: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    pressDriver.setPlatenTarget(lineId, bar, (err) => {
      if (err) {
        reject(err);
        return;
      }
      resolve();
    });
  });
}

const RAMP_STEPS_BAR = [1.5, 3, 4.5, 6, 7.5];
const MAX_PLATEN_TEMP_C = 38;

export async function runPressCycle(lineId: string): Promise<PressCycleResult> {
  let peakBar = 0;
  let steps = 0;
  for (const target of RAMP_STEPS_BAR) {
    await setPlatenTarget(lineId, target);
    const platen = await readGauge(lineId, 'platen');
    metrics.gauge('cider.platen.bar', platen.bar, { lineId });
    if (platen.temperatureC > MAX_PLATEN_TEMP_C) {
      await setPlatenTarget(lineId, 0);
      throw new Error(`platen overheated at ${platen.temperatureC}C on ${lineId}`);
    }
    peakBar = Math.max(peakBar, platen.bar);
    steps += 1;
  }
  const juice = await readGauge(lineId, 'juice');
  await setPlatenTarget(lineId, 0);
  return { lineId, peakBar, juiceBar: juice.bar, steps };
}
