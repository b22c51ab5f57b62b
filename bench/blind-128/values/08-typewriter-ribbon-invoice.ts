// expect: none
// The tax rate, customer record and currency check are all awaited before they are compared, tested or placed in the invoice payload, so only plain values are sent to the billing API.
export interface RibbonLine {
  sku: string;
  description: string;
  qty: number;
  unitCents: number;
}

export interface Customer {
  id: string;
  name: string;
  currency: 'USD' | 'EUR' | 'GBP';
  taxExempt: boolean;
  country: string;
}

export interface CustomerDb {
  get(id: string): Promise<Customer | null>;
}

export interface TaxService {
  rateFor(country: string, category: 'office-supplies'): Promise<number>;
}

export interface BillingApi {
  createInvoice(payload: {
    customerId: string;
    currency: string;
    lines: RibbonLine[];
    subtotalCents: number;
    taxCents: number;
    totalCents: number;
    memo?: string;
  }): Promise<{ invoiceId: string }>;
  defaultCurrency(): Promise<string>;
}

export async function invoiceRibbonOrder(
  customers: CustomerDb,
  tax: TaxService,
  billing: BillingApi,
  customerId: string,
  lines: RibbonLine[],
): Promise<string> {
  const customer = await customers.get(customerId);
  if (!customer) throw new Error(`unknown customer ${customerId}`);
  if (lines.length === 0) throw new Error('invoice has no lines');

  const [rate, houseCurrency] = await Promise.all([
    customer.taxExempt ? 0 : tax.rateFor(customer.country, 'office-supplies'),
    billing.defaultCurrency(),
  ]);

  const subtotalCents = lines.reduce((s, l) => s + l.qty * l.unitCents, 0);
  const taxCents = Math.round(subtotalCents * rate);
  const memo =
    customer.currency === houseCurrency
      ? undefined
      : `Billed in ${customer.currency}; converted from ${houseCurrency} list prices`;

  const { invoiceId } = await billing.createInvoice({
    customerId: customer.id,
    currency: customer.currency,
    lines,
    subtotalCents,
    taxCents,
    totalCents: subtotalCents + taxCents,
    memo,
  });
  return `${invoiceId} for ${customer.name}: ${(subtotalCents + taxCents) / 100} ${customer.currency}`;
}

export function mergeDuplicateLines(lines: RibbonLine[]): RibbonLine[] {
  const bySku = new Map<string, RibbonLine>();
  for (const line of lines) {
    const prev = bySku.get(line.sku);
    if (prev && prev.unitCents === line.unitCents) {
      prev.qty += line.qty;
    } else if (!prev) {
      bySku.set(line.sku, { ...line });
    } else {
      bySku.set(`${line.sku}@${line.unitCents}`, { ...line });
    }
  }
  return [...bySku.values()];
}
