// expect: none
// Promises handed to expect() are always used with .resolves/.rejects and awaited, and every other assertion receives an awaited value, so each assertion checks the settled result.
declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void> | void): void;
declare function beforeEach(fn: () => void | Promise<void>): void;
interface Matchers {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeTruthy(): void;
  toThrow(expected?: string | RegExp): void;
  toHaveLength(n: number): void;
}
interface AsyncMatchers {
  toBe(expected: unknown): Promise<void>;
  toEqual(expected: unknown): Promise<void>;
  toThrow(expected?: string | RegExp): Promise<void>;
}
declare function expect(actual: unknown): Matchers & { resolves: AsyncMatchers; rejects: AsyncMatchers };

interface Invoice {
  id: string;
  customerId: string;
  lines: Array<{ sku: string; cents: number }>;
  status: 'draft' | 'issued' | 'void';
}

class InvoiceService {
  private readonly rows = new Map<string, Invoice>();
  private seq = 0;

  async createDraft(customerId: string): Promise<Invoice> {
    const inv: Invoice = { id: `inv_${++this.seq}`, customerId, lines: [], status: 'draft' };
    this.rows.set(inv.id, inv);
    return structuredClone(inv);
  }

  async addLine(id: string, sku: string, cents: number): Promise<void> {
    const inv = this.rows.get(id);
    if (!inv) throw new Error(`invoice ${id} not found`);
    if (inv.status !== 'draft') throw new Error(`invoice ${id} is ${inv.status}`);
    inv.lines.push({ sku, cents });
  }

  async issue(id: string): Promise<number> {
    const inv = this.rows.get(id);
    if (!inv) throw new Error(`invoice ${id} not found`);
    if (inv.lines.length === 0) throw new Error('cannot issue an empty invoice');
    inv.status = 'issued';
    return inv.lines.reduce((sum, l) => sum + l.cents, 0);
  }

  async isIssued(id: string): Promise<boolean> {
    return this.rows.get(id)?.status === 'issued';
  }
}

describe('InvoiceService', () => {
  let svc: InvoiceService;
  beforeEach(() => {
    svc = new InvoiceService();
  });

  it('issues an invoice and returns its total', async () => {
    const inv = await svc.createDraft('cus_42');
    await svc.addLine(inv.id, 'seat', 1200);
    await svc.addLine(inv.id, 'storage', 300);
    await expect(svc.issue(inv.id)).resolves.toBe(1500);
    expect(await svc.isIssued(inv.id)).toBeTruthy();
  });

  it('refuses to issue an empty draft', async () => {
    const inv = await svc.createDraft('cus_42');
    await expect(svc.issue(inv.id)).rejects.toThrow(/empty invoice/);
    await expect(svc.isIssued(inv.id)).resolves.toBe(false);
  });

  it('locks lines once issued', async () => {
    const inv = await svc.createDraft('cus_7');
    await svc.addLine(inv.id, 'seat', 900);
    await svc.issue(inv.id);
    await expect(svc.addLine(inv.id, 'seat', 900)).rejects.toThrow('is issued');
    expect(inv.lines).toHaveLength(0);
  });
});
