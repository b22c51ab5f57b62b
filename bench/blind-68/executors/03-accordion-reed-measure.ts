// expect: no-multiple-settle
// Bug: the strobe callback rejects on error but falls through to resolve as well, because there is no return after reject.
export interface StrobeReading {
  fundamentalHz: number;
  stability: number;
  samples: number;
}

export interface ReedMeasurement {
  reedId: string;
  hz: number;
  cents: number;
  stable: boolean;
}

declare const strobeTuner: {
  measure(
    reedId: string,
    opts: { samples: number; referenceHz: number },
    cb: (err: Error | null, reading: StrobeReading) => void,
  ): void;
};

declare const bellowsRig: {
  setPressure(pascals: number): Promise<void>;
  release(): Promise<void>;
};

const A4 = 440;

export function noteToHz(midi: number, a4 = A4): number {
  return a4 * Math.pow(2, (midi - 69) / 12);
}

function centsBetween(measured: number, target: number): number {
  return 1200 * Math.log2(measured / target);
}

function toMeasurement(reedId: string, reading: StrobeReading, referenceHz: number): ReedMeasurement {
  return {
    reedId,
    hz: reading.fundamentalHz,
    cents: Math.round(centsBetween(reading.fundamentalHz, referenceHz) * 10) / 10,
    stable: reading.stability > 0.92,
  };
}

function measureReed(reedId: string, referenceHz: number): Promise<ReedMeasurement> {
  return new Promise<ReedMeasurement>((resolve, reject) => {
    strobeTuner.measure(reedId, { samples: 64, referenceHz }, (err, reading) => {
      if (err) {
        reject(new Error(`strobe failed on reed ${reedId}`, { cause: err }));
      }
      resolve(toMeasurement(reedId, reading, referenceHz));
    });
  });
}

export interface ReedBank {
  id: string;
  reeds: { reedId: string; midi: number; detuneCents: number }[];
}

export interface TuningPlan {
  bankId: string;
  toFile: { reedId: string; cents: number; action: 'scrape-tip' | 'scrape-base' }[];
  unstable: string[];
}

export async function surveyBank(bank: ReedBank, pressurePa = 350, a4 = A4): Promise<TuningPlan> {
  const plan: TuningPlan = { bankId: bank.id, toFile: [], unstable: [] };
  await bellowsRig.setPressure(pressurePa);
  try {
    for (const reed of bank.reeds) {
      // Musette banks are deliberately detuned; measure against the detuned target.
      const target = noteToHz(reed.midi, a4) * Math.pow(2, reed.detuneCents / 1200);
      const m = await measureReed(reed.reedId, target);
      if (!m.stable) {
        plan.unstable.push(m.reedId);
        continue;
      }
      if (Math.abs(m.cents) > 1.5) {
        // Flat reeds get weight removed at the tip, sharp reeds at the base.
        plan.toFile.push({ reedId: m.reedId, cents: m.cents, action: m.cents < 0 ? 'scrape-tip' : 'scrape-base' });
      }
    }
  } finally {
    await bellowsRig.release();
  }
  return plan;
}
