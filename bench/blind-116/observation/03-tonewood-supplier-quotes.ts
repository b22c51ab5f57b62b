// expect: none
// The allSettled results are partitioned and every rejected supplier quote is reported with its reason, so a failing supplier is surfaced rather than silently dropped.
export type Species = 'alpine-spruce' | 'flamed-maple' | 'ebony' | 'boxwood' | 'pernambuco';

export interface QuoteRequest {
  species: Species;
  grade: 'AAA' | 'AA' | 'A';
  pieces: number;
}

export interface Quote {
  supplier: string;
  species: Species;
  unitPriceEur: number;
  leadTimeWeeks: number;
  moistureContentPct: number;
}

export interface SupplierClient {
  readonly name: string;
  quote(req: QuoteRequest): Promise<Quote>;
}

export interface QuoteRound {
  best?: Quote;
  all: Quote[];
  failures: Array<{ supplier: string; reason: string }>;
}

function describeError(reason: unknown): string {
  if (reason instanceof Error) return `${reason.name}: ${reason.message}`;
  return String(reason);
}

export async function collectQuotes(suppliers: SupplierClient[], req: QuoteRequest): Promise<QuoteRound> {
  const settled = await Promise.allSettled(suppliers.map((s) => s.quote(req)));

  const round: QuoteRound = { all: [], failures: [] };
  settled.forEach((result, i) => {
    if (result.status === 'fulfilled') {
      round.all.push(result.value);
    } else {
      round.failures.push({ supplier: suppliers[i].name, reason: describeError(result.reason) });
    }
  });

  const usable = round.all.filter((q) => q.moistureContentPct <= 10);
  usable.sort((a, b) => a.unitPriceEur - b.unitPriceEur || a.leadTimeWeeks - b.leadTimeWeeks);
  round.best = usable[0];

  if (round.all.length === 0) {
    throw new AggregateError(
      settled.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => r.reason),
      `no supplier could quote ${req.pieces}× ${req.grade} ${req.species}`,
    );
  }
  return round;
}

export function formatRound(req: QuoteRequest, round: QuoteRound): string {
  const lines = [`Quotes for ${req.pieces}× ${req.grade} ${req.species}:`];
  for (const q of round.all) {
    lines.push(`  ${q.supplier.padEnd(18)} €${q.unitPriceEur.toFixed(2)}  ${q.leadTimeWeeks}wk  ${q.moistureContentPct}% MC`);
  }
  for (const f of round.failures) lines.push(`  ${f.supplier.padEnd(18)} FAILED (${f.reason})`);
  if (round.best) lines.push(`Best: ${round.best.supplier}`);
  return lines.join('\n');
}
