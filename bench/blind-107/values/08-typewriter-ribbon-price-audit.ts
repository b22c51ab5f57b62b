// expect: none
// The supplier price is awaited before the === comparison and before it is handed to the logger's `unknown` meta parameter, so the audit compares and records actual numbers, not Promise objects.
export interface Ribbon {
  sku: string;
  machine: string;
  listedCents: number;
}

export interface SupplierPrices {
  currentCents(sku: string): Promise<number | null>;
}

export interface AuditLogger {
  record(event: string, meta: unknown): void;
}

export interface AuditFinding {
  sku: string;
  listedCents: number;
  supplierCents: number | null;
  verdict: 'ok' | 'reprice' | 'discontinued';
}

export class PriceAudit {
  constructor(private readonly supplier: SupplierPrices, private readonly log: AuditLogger, private readonly marginPct = 35) {}

  private targetCents(supplierCents: number): number {
    return Math.ceil((supplierCents * (100 + this.marginPct)) / 100 / 5) * 5; // round up to 5 cents
  }

  async check(ribbon: Ribbon): Promise<AuditFinding> {
    const supplierCents = await this.supplier.currentCents(ribbon.sku);
    if (supplierCents === null) {
      this.log.record('ribbon.discontinued', { sku: ribbon.sku, machine: ribbon.machine });
      return { sku: ribbon.sku, listedCents: ribbon.listedCents, supplierCents, verdict: 'discontinued' };
    }
    const target = this.targetCents(supplierCents);
    const verdict = target === ribbon.listedCents ? 'ok' : 'reprice';
    this.log.record('ribbon.audited', { sku: ribbon.sku, supplierCents, target, verdict });
    return { sku: ribbon.sku, listedCents: ribbon.listedCents, supplierCents, verdict };
  }

  async run(ribbons: Ribbon[]): Promise<AuditFinding[]> {
    const findings: AuditFinding[] = [];
    for (const r of ribbons) {
      findings.push(await this.check(r));
    }
    const repriced = findings.filter((f) => f.verdict === 'reprice').length;
    this.log.record('audit.done', { total: findings.length, repriced });
    return findings;
  }
}

export function csvReport(findings: AuditFinding[]): string {
  const rows = findings.map((f) =>
    [f.sku, (f.listedCents / 100).toFixed(2), f.supplierCents === null ? '' : (f.supplierCents / 100).toFixed(2), f.verdict].join(','),
  );
  return ['sku,listed,supplier,verdict', ...rows].join('\n');
}
