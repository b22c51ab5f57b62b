// expect: no-promise-as-value
// The report line interpolates biomassTonnes(pen.penId), an async function, so the vet receives "[object Promise]" instead of the tonnage.
export interface LiceCount {
  penId: string;
  fishSampled: number;
  adultFemales: number;
  mobiles: number;
  countedAt: string;
}

export interface Pen {
  penId: string;
  site: string;
  fishCount: number;
  stockedOn: string;
}

declare const penRegistry: {
  pens(site: string): Promise<Pen[]>;
};

declare const weighingService: {
  meanWeightKg(penId: string): Promise<number>;
};

declare const liceCounts: {
  latest(penId: string): Promise<LiceCount | null>;
};

declare const vetChannel: {
  post(text: string): Promise<void>;
};

const TREATMENT_THRESHOLD = 0.5;
const SPRING_THRESHOLD = 0.2;

async function biomassTonnes(penId: string, fishCount: number): Promise<number> {
  const meanKg = await weighingService.meanWeightKg(penId);
  return Math.round((meanKg * fishCount) / 100) / 10;
}

function threshold(date: Date): number {
  const month = date.getUTCMonth() + 1;
  const week = Math.ceil(date.getUTCDate() / 7);
  const spring = (month === 4 && week >= 2) || month === 5 || (month === 6 && week === 1);
  return spring ? SPRING_THRESHOLD : TREATMENT_THRESHOLD;
}

function femalesPerFish(count: LiceCount): number {
  return count.fishSampled > 0 ? count.adultFemales / count.fishSampled : 0;
}

export async function dailyLiceReport(site: string, today = new Date()): Promise<string[]> {
  const pens = await penRegistry.pens(site);
  const limit = threshold(today);
  const lines: string[] = [];

  for (const pen of pens) {
    const count = await liceCounts.latest(pen.penId);
    if (!count) {
      lines.push(`Pen ${pen.penId}: no count recorded this week`);
      continue;
    }

    const perFish = femalesPerFish(count);
    const status = perFish >= limit ? 'TREAT' : perFish >= limit * 0.8 ? 'watch' : 'ok';
    lines.push(
      `Pen ${pen.penId}: ${perFish.toFixed(2)} adult females/fish ` +
        `(limit ${limit}), ${count.mobiles} mobiles, ` +
        `biomass ${biomassTonnes(pen.penId, pen.fishCount)} t — ${status}`,
    );
  }

  return lines;
}

export async function postDailyReport(site: string): Promise<number> {
  const lines = await dailyLiceReport(site);
  const needTreatment = lines.filter((l) => l.endsWith('TREAT')).length;
  const header = `Sea lice — ${site} — ${new Date().toISOString().slice(0, 10)}`;
  await vetChannel.post([header, ...lines].join('\n'));
  return needTreatment;
}
