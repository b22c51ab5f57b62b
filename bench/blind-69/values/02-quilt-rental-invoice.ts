// expect: none
// Every lookup is awaited before it lands in a template, a ?? fallback, a comparison or the JSON body sent to the billing API.
export interface RentalLine {
  frameId: string;
  frameSize: 'lap' | 'twin' | 'queen' | 'king';
  days: number;
}

export interface Customer {
  customerId: string;
  name: string;
  email: string;
  memberTier?: 'guild' | 'studio';
}

export interface Invoice {
  invoiceNo: string;
  customerId: string;
  lines: Array<{ description: string; cents: number }>;
  totalCents: number;
}

declare const customers: {
  find(customerId: string): Promise<Customer | null>;
};

declare const pricing: {
  dailyRateCents(size: RentalLine['frameSize']): Promise<number>;
  discountPct(tier: string): Promise<number | undefined>;
};

declare const billingApi: {
  nextInvoiceNumber(): Promise<string>;
};

const BILLING_URL = process.env.BILLING_URL ?? 'https://billing.quiltframes.example/invoices';

export async function buildInvoice(customerId: string, lines: readonly RentalLine[]): Promise<Invoice> {
  const customer = await customers.find(customerId);
  if (customer === null) {
    throw new Error(`unknown customer ${customerId}`);
  }

  const rates = await Promise.all(lines.map((line) => pricing.dailyRateCents(line.frameSize)));
  const discount = customer.memberTier ? ((await pricing.discountPct(customer.memberTier)) ?? 0) : 0;
  const invoiceNo = await billingApi.nextInvoiceNumber();

  const invoiceLines = lines.map((line, i) => {
    const gross = rates[i] * line.days;
    const net = Math.round(gross * (1 - discount / 100));
    return {
      description: `${line.frameSize} frame ${line.frameId} x ${line.days} day${line.days === 1 ? '' : 's'}`,
      cents: net,
    };
  });

  return {
    invoiceNo,
    customerId,
    lines: invoiceLines,
    totalCents: invoiceLines.reduce((sum, l) => sum + l.cents, 0),
  };
}

export async function submitInvoice(invoice: Invoice): Promise<string> {
  const res = await fetch(BILLING_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(invoice),
  });
  if (!res.ok) {
    throw new Error(`billing rejected ${invoice.invoiceNo}: ${res.status}`);
  }
  const { url } = (await res.json()) as { url: string };
  return url;
}

export async function invoiceAndEmailText(customerId: string, lines: readonly RentalLine[]): Promise<string> {
  const invoice = await buildInvoice(customerId, lines);
  const url = await submitInvoice(invoice);
  const customer = await customers.find(customerId);
  const greeting = customer?.name ?? 'quilter';
  const dollars = (invoice.totalCents / 100).toFixed(2);
  return `Hi ${greeting},\n\nInvoice ${invoice.invoiceNo} for $${dollars} is ready: ${url}\n`;
}
