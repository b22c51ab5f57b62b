// expect: none
// Each lookup is awaited before it is compared, tested for truthiness, defaulted with ?? or placed in the quote body, so no Promise is ever used as a value.
export interface RoofJob {
  jobId: string;
  postcode: string;
  areaM2: number;
  pitchDeg: number;
  seam: 'standing' | 'roll-cap';
  finish: 'natural' | 'pre-weathered' | 'anthracite';
  removeOldRoof: boolean;
}

export interface Quote {
  jobId: string;
  materialCents: number;
  labourCents: number;
  scaffoldCents: number;
  totalCents: number;
  validUntil: string;
}

declare const priceList: {
  zincPerM2Cents(finish: RoofJob['finish']): Promise<number | undefined>;
  fallbackPerM2Cents(): Promise<number>;
};

declare const crewRates: {
  dayRateCents(postcode: string): Promise<number>;
};

declare const scaffolding: {
  quoteCents(postcode: string, areaM2: number): Promise<number | null>;
  isConservationArea(postcode: string): Promise<boolean>;
};

declare const quoteOutbox: {
  send(jobId: string, body: string): Promise<void>;
};

const M2_PER_CREW_DAY: Record<RoofJob['seam'], number> = { standing: 22, 'roll-cap': 28 };
const WASTE_FACTOR = 1.12;

export async function buildQuote(job: RoofJob, today = new Date()): Promise<Quote> {
  const perM2 = (await priceList.zincPerM2Cents(job.finish)) ?? (await priceList.fallbackPerM2Cents());
  const materialCents = Math.round(job.areaM2 * WASTE_FACTOR * perM2);

  let days = job.areaM2 / M2_PER_CREW_DAY[job.seam];
  if (job.pitchDeg > 40) days *= 1.3;
  if (job.removeOldRoof) days += Math.ceil(job.areaM2 / 60);
  if (await scaffolding.isConservationArea(job.postcode)) {
    // conservation officers inspect the seams before sign-off
    days += 0.5;
  }
  const dayRate = await crewRates.dayRateCents(job.postcode);
  const labourCents = Math.round(Math.ceil(days * 2) / 2 * dayRate);

  const scaffoldQuote = await scaffolding.quoteCents(job.postcode, job.areaM2);
  const scaffoldCents = scaffoldQuote === null ? Math.round(job.areaM2 * 950) : scaffoldQuote;

  const validUntil = new Date(today);
  validUntil.setDate(validUntil.getDate() + 30);

  return {
    jobId: job.jobId,
    materialCents,
    labourCents,
    scaffoldCents,
    totalCents: materialCents + labourCents + scaffoldCents,
    validUntil: validUntil.toISOString().slice(0, 10),
  };
}

export async function sendQuote(job: RoofJob): Promise<Quote> {
  const quote = await buildQuote(job);
  const body = JSON.stringify({
    ...quote,
    conservationArea: await scaffolding.isConservationArea(job.postcode),
    summary: `Zinc ${job.seam} seam, ${job.finish}, ${job.areaM2} m² at ${job.pitchDeg}°`,
  });
  await quoteOutbox.send(job.jobId, body);
  return quote;
}
