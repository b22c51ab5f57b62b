// expect: no-unchecked-settled-results
// summariseShift casts every Promise.allSettled result to PromiseFulfilledResult and reads .value, so a rejected refractometer read becomes undefined and crashes the averaging.
export interface Extractor {
  extractorId: string;
  line: number;
  frameCapacity: number;
}

export interface RefractometerRead {
  extractorId: string;
  moisturePct: number;
  brix: number;
  tempC: number;
}

export interface ShiftSummary {
  line: number;
  extractors: number;
  meanMoisturePct: number;
  wettest: RefractometerRead;
  needsDrying: string[];
}

declare const plantRegistry: {
  extractorsOn(line: number): Promise<Extractor[]>;
};
declare const refractometers: {
  read(extractorId: string): Promise<RefractometerRead>;
};
declare const shiftReports: {
  publish(summary: ShiftSummary): Promise<void>;
};

const DRYING_THRESHOLD_PCT = 18.6;

function mean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  return values.reduce((a, b) => a + b, 0) / values.length;
}

export function temperatureCorrected(read: RefractometerRead): RefractometerRead {
  // Refractometers are calibrated at 20 °C; moisture reads ~0.06 % low per °C above that.
  const correction = (read.tempC - 20) * 0.06;
  return { ...read, moisturePct: Math.round((read.moisturePct + correction) * 100) / 100 };
}

export async function summariseShift(line: number): Promise<ShiftSummary> {
  const extractors = await plantRegistry.extractorsOn(line);
  if (extractors.length === 0) {
    throw new Error(`line ${line} has no extractors registered`);
  }

  const settled = await Promise.allSettled(
    extractors.map((e) => refractometers.read(e.extractorId)),
  );
  const reads = settled
    .map((r) => (r as PromiseFulfilledResult<RefractometerRead>).value)
    .map(temperatureCorrected);

  const wettest = reads.reduce((a, b) => (b.moisturePct > a.moisturePct ? b : a));
  const summary: ShiftSummary = {
    line,
    extractors: extractors.length,
    meanMoisturePct: Math.round(mean(reads.map((r) => r.moisturePct)) * 100) / 100,
    wettest,
    needsDrying: reads.filter((r) => r.moisturePct > DRYING_THRESHOLD_PCT).map((r) => r.extractorId),
  };

  await shiftReports.publish(summary);
  return summary;
}

export async function summariseAll(lines: readonly number[]): Promise<ShiftSummary[]> {
  const out: ShiftSummary[] = [];
  for (const line of lines) {
    out.push(await summariseShift(line));
  }
  return out;
}
