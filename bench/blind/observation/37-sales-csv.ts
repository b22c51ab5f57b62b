// expect: no-unobserved-promise
// The totals query is started before the header line is yielded; while the generator is suspended at that `yield`, a rejection of `totalsP` has no handler.
interface SaleRow { region: string; product: string; amount: number }

declare const warehouse: {
  salesRows(month: string): AsyncIterable<SaleRow>;
  monthTotals(month: string): Promise<{ amount: number; count: number }>;
};

function csvLine(values: (string | number)[]): string {
  return values.map((v) => (typeof v === "string" && v.includes(",") ? `"${v}"` : String(v))).join(",") + "\n";
}

export async function* salesCsv(month: string): AsyncGenerator<string> {
  const totalsP = warehouse.monthTotals(month);

  yield csvLine(["region", "product", "amount"]);

  const totals = await totalsP;
  let seen = 0;
  for await (const row of warehouse.salesRows(month)) {
    seen += 1;
    yield csvLine([row.region, row.product, row.amount]);
  }

  yield csvLine(["TOTAL", `${seen}/${totals.count} rows`, totals.amount]);
}
