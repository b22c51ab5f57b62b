// expect: no-promise-as-value
// The sale notice interpolates buyers.displayName(), which is async, straight into the template string, so every printed catalogue line reads "sold to [object Promise]".
export interface SoldLot {
  lotNo: number;
  garden: string;
  grade: 'FTGFOP1' | 'TGFOP' | 'BOP' | 'Dust';
  packages: number;
  kgPerPackage: number;
  pricePerKg: number;
  buyerId: string;
}

export interface BuyerDirectory {
  displayName(buyerId: string): Promise<string>;
}

export interface NoticePrinter {
  print(lines: string[]): Promise<void>;
}

function money(n: number): string {
  return n.toLocaleString('en-IN', { style: 'currency', currency: 'INR', maximumFractionDigits: 0 });
}

export class CatalogueNotice {
  constructor(
    private readonly buyers: BuyerDirectory,
    private readonly printer: NoticePrinter,
  ) {}

  line(lot: SoldLot): string {
    const kilos = lot.packages * lot.kgPerPackage;
    const total = kilos * lot.pricePerKg;
    return (
      `Lot ${String(lot.lotNo).padStart(4, '0')} ${lot.garden} ${lot.grade} — ` +
      `${kilos} kg @ ${money(lot.pricePerKg)}/kg = ${money(total)}, sold to ${this.buyers.displayName(lot.buyerId)}`
    );
  }

  async printSale(saleNo: number, lots: SoldLot[]): Promise<number> {
    const sorted = [...lots].sort((a, b) => a.lotNo - b.lotNo);
    const lines = [`Sale ${saleNo} — ${sorted.length} lots sold`, ...sorted.map((lot) => this.line(lot))];
    const byGrade = new Map<string, number>();
    for (const lot of sorted) {
      byGrade.set(lot.grade, (byGrade.get(lot.grade) ?? 0) + lot.packages * lot.kgPerPackage);
    }
    for (const [grade, kg] of byGrade) lines.push(`  ${grade}: ${kg} kg`);
    await this.printer.print(lines);
    return lines.length;
  }
}
