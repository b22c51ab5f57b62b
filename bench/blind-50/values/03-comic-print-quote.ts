// expect: none
// Every async value (paper price, ink surcharge, cached quote) is awaited before it is interpolated, compared or defaulted with ??.

export interface PrintRun {
  title: string;
  issue: number;
  pages: number;
  copies: number;
  cover: 'matte' | 'gloss' | 'foil';
  colour: boolean;
}

export interface Quote {
  key: string;
  paper: number;
  ink: number;
  binding: number;
  total: number;
  summary: string;
}

declare const supplier: {
  paperPricePerTonne(gsm: number): Promise<number>;
  inkSurcharge(colour: boolean): Promise<number | null>;
};

declare const quoteCache: {
  get(key: string): Promise<Quote | undefined>;
  set(key: string, quote: Quote): Promise<void>;
};

const COVER_COST: Record<PrintRun['cover'], number> = { matte: 0.04, gloss: 0.05, foil: 0.19 };
const SHEET_KG = 0.0052;

function quoteKey(run: PrintRun): string {
  return `${run.title}#${run.issue}:${run.pages}p:${run.copies}:${run.cover}:${run.colour ? 'c' : 'bw'}`;
}

export async function quotePrintRun(run: PrintRun): Promise<Quote> {
  const key = quoteKey(run);
  const cached = await quoteCache.get(key);
  if (cached) return cached;

  const gsm = run.colour ? 80 : 70;
  const pricePerTonne = await supplier.paperPricePerTonne(gsm);
  const surcharge = (await supplier.inkSurcharge(run.colour)) ?? 0;

  const sheets = Math.ceil(run.pages / 4) * run.copies;
  const paper = ((sheets * SHEET_KG) / 1000) * pricePerTonne;
  const ink = sheets * (run.colour ? 0.011 : 0.003) * (1 + surcharge);
  const binding = run.copies * (COVER_COST[run.cover] + (run.pages > 48 ? 0.06 : 0.02));
  const total = Math.round((paper + ink + binding) * 100) / 100;

  const quote: Quote = {
    key,
    paper,
    ink,
    binding,
    total,
    summary: `${run.title} #${run.issue}: ${run.copies} copies at ${pricePerTonne}/t paper, ink +${(surcharge * 100).toFixed(0)}% = ${total.toFixed(2)}`,
  };
  await quoteCache.set(key, quote);
  return quote;
}

export async function bestCoverWithinBudget(run: PrintRun, budget: number): Promise<PrintRun['cover'] | undefined> {
  for (const cover of ['foil', 'gloss', 'matte'] as const) {
    const quote = await quotePrintRun({ ...run, cover });
    if (quote.total <= budget) return cover;
  }
  return undefined;
}

export function unitCost(quote: Quote, copies: number): string {
  return copies === 0 ? 'n/a' : (quote.total / copies).toFixed(3);
}
