// expect: no-read-before-settle
// locale is overwritten in a .then() reaction that runs only after the current synchronous code, so the subject and body are rendered with the default locale before the customer's preference arrives; every invoice email goes out in English.
declare const prefs: {
  load(customerId: string): Promise<{ locale?: string; timezone?: string }>;
};
declare const mailer: {
  send(msg: { to: string; subject: string; html: string; attachments?: { filename: string; content: Buffer }[] }): Promise<void>;
};
declare function t(locale: string, key: string, vars?: Record<string, string | number>): string;
declare function renderInvoicePdf(invoice: Invoice, locale: string): Promise<Buffer>;

export interface Invoice {
  id: string;
  number: string;
  customerId: string;
  customerEmail: string;
  totalCents: number;
  currency: string;
  dueDate: string;
}

const DEFAULT_LOCALE = 'en-US';

function formatMoney(cents: number, currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(cents / 100);
}

export async function sendInvoiceEmail(invoice: Invoice): Promise<void> {
  let locale = DEFAULT_LOCALE;
  prefs
    .load(invoice.customerId)
    .then((p) => {
      locale = p.locale ?? DEFAULT_LOCALE;
    })
    .catch((err) => console.warn(`prefs unavailable for ${invoice.customerId}, using ${DEFAULT_LOCALE}`, err));

  const amount = formatMoney(invoice.totalCents, invoice.currency, locale);
  const subject = t(locale, 'invoice.email.subject', { number: invoice.number, amount });
  const html = t(locale, 'invoice.email.body', {
    number: invoice.number,
    amount,
    dueDate: new Date(invoice.dueDate).toLocaleDateString(locale),
  });

  const pdf = await renderInvoicePdf(invoice, locale);
  await mailer.send({
    to: invoice.customerEmail,
    subject,
    html,
    attachments: [{ filename: `invoice-${invoice.number}.pdf`, content: pdf }],
  });
}
