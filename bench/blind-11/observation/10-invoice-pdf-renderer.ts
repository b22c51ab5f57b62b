// expect: none
// fontsP gets its .catch fallback attached the moment it is created, so it can never reject even while other awaits run or the early return skips it.
import { Buffer } from 'node:buffer';

export interface InvoiceLine {
  sku: string;
  description: string;
  quantity: number;
  unitCents: number;
}

export interface Invoice {
  number: string;
  customerName: string;
  currency: string;
  lines: InvoiceLine[];
  brandId?: string;
}

interface FontSet {
  regular: Uint8Array;
  bold: Uint8Array;
  family: string;
}

declare const assets: {
  loadBrandFonts(brandId: string): Promise<FontSet>;
  defaultFonts(): FontSet;
};

declare const cache: {
  get(key: string): Promise<Buffer | undefined>;
  set(key: string, pdf: Buffer, ttlSec: number): Promise<void>;
};

declare const pdfEngine: {
  layout(invoice: Invoice, totals: { subtotal: number; tax: number; total: number }, fonts: FontSet): Promise<Buffer>;
};

declare const log: { warn(msg: string, meta?: unknown): void };

function totalsFor(invoice: Invoice, taxRate: number) {
  const subtotal = invoice.lines.reduce((sum, l) => sum + l.quantity * l.unitCents, 0);
  const tax = Math.round(subtotal * taxRate);
  return { subtotal, tax, total: subtotal + tax };
}

function cacheKey(invoice: Invoice): string {
  const fingerprint = invoice.lines.map((l) => `${l.sku}x${l.quantity}@${l.unitCents}`).join('|');
  return `invoice:${invoice.number}:${Buffer.from(fingerprint).toString('base64url')}`;
}

export async function renderInvoice(invoice: Invoice, taxRate = 0.2): Promise<Buffer> {
  const fontsP: Promise<FontSet> = invoice.brandId
    ? assets.loadBrandFonts(invoice.brandId).catch((err) => {
        log.warn('brand fonts unavailable, using defaults', { brandId: invoice.brandId, err });
        return assets.defaultFonts();
      })
    : Promise.resolve(assets.defaultFonts());

  const key = cacheKey(invoice);
  const cached = await cache.get(key);
  if (cached) {
    return cached;
  }

  if (invoice.lines.length === 0) {
    throw new Error(`invoice ${invoice.number} has no lines`);
  }

  const totals = totalsFor(invoice, taxRate);
  const fonts = await fontsP;
  const pdf = await pdfEngine.layout(invoice, totals, fonts);

  await cache.set(key, pdf, 24 * 3600);
  return pdf;
}
