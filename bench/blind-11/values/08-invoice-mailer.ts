// expect: none
// The contact lookup and PDF render are awaited before their values go into the template, the `??` fallback and the JSON request body.
declare const directory: {
  findContact(accountId: string): Promise<{ email: string; displayName?: string; locale?: string } | null>;
};

declare function renderInvoicePdf(invoiceId: string): Promise<Uint8Array>;

export interface InvoiceSummary {
  id: string;
  accountId: string;
  number: string;
  totalMinor: number;
  currency: string;
  dueDate: string;
}

export interface MailerConfig {
  apiBase: string;
  apiKey: string;
  from: string;
  billingFallback: string;
}

function formatMoney(minor: number, currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(minor / 100);
}

function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}

export class InvoiceMailer {
  constructor(private readonly config: MailerConfig) {}

  async send(invoice: InvoiceSummary, signal?: AbortSignal): Promise<string> {
    const contact = await directory.findContact(invoice.accountId);
    const to = contact?.email ?? this.config.billingFallback;
    const locale = contact?.locale ?? 'en-US';
    const greeting = contact?.displayName ? `Hi ${contact.displayName},` : 'Hello,';

    const pdf = await renderInvoicePdf(invoice.id);
    const amount = formatMoney(invoice.totalMinor, invoice.currency, locale);

    const payload = {
      from: this.config.from,
      to: [to],
      subject: `Invoice ${invoice.number} - ${amount} due ${invoice.dueDate}`,
      text: [greeting, '', `Your invoice ${invoice.number} for ${amount} is attached.`, `Payment is due on ${invoice.dueDate}.`].join('\n'),
      attachments: [{ filename: `invoice-${invoice.number}.pdf`, contentType: 'application/pdf', content: toBase64(pdf) }],
      tags: { invoiceId: invoice.id, accountId: invoice.accountId },
    };

    const res = await fetch(`${this.config.apiBase}/v1/messages`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${this.config.apiKey}`,
        'content-type': 'application/json',
        'idempotency-key': `invoice-${invoice.id}`,
      },
      body: JSON.stringify(payload),
      signal,
    });

    if (!res.ok) {
      const detail = await res.text();
      throw new Error(`mail API ${res.status} for invoice ${invoice.number}: ${detail.slice(0, 200)}`);
    }
    const { messageId } = (await res.json()) as { messageId: string };
    return messageId;
  }
}
