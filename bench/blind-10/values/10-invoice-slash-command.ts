// expect: none
// Every async value is awaited before it is interpolated, compared or defaulted; the only promise tested with ?? is the Map lookup of a cached in-flight load, which is meant to be a promise.
declare const billing: {
  getInvoice(id: string): Promise<{
    id: string;
    customerId: string;
    totalCents: number;
    currency: string;
    status: 'open' | 'paid' | 'void';
    dueAt: string;
  } | null>;
  getCustomer(id: string): Promise<{ id: string; name: string; tier: 'standard' | 'enterprise'; accountManager?: string }>;
  countOpenInvoices(customerId: string): Promise<number>;
};
declare const prefs: {
  locale(userId: string): Promise<string | undefined>;
};

interface SlashCommand {
  user_id: string;
  text: string;
  response_url: string;
}
type Customer = Awaited<ReturnType<typeof billing.getCustomer>>;

const customerLoads = new Map<string, Promise<Customer>>();

function loadCustomer(id: string): Promise<Customer> {
  const cached = customerLoads.get(id) ?? billing.getCustomer(id);
  if (!customerLoads.has(id)) {
    customerLoads.set(id, cached);
    cached.catch(() => customerLoads.delete(id));
  }
  return cached;
}

function money(cents: number, currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(cents / 100);
}

export async function handleInvoiceCommand(cmd: SlashCommand): Promise<{ response_type: 'ephemeral' | 'in_channel'; text: string }> {
  const invoiceId = cmd.text.trim();
  if (!/^in_[A-Za-z0-9]{8,}$/.test(invoiceId)) {
    return { response_type: 'ephemeral', text: 'Usage: `/invoice in_XXXXXXXX`' };
  }

  const invoice = await billing.getInvoice(invoiceId);
  if (!invoice) return { response_type: 'ephemeral', text: `No invoice ${invoiceId}.` };

  const [customer, userLocale] = await Promise.all([loadCustomer(invoice.customerId), prefs.locale(cmd.user_id)]);
  const locale = userLocale ?? 'en-US';
  const overdue = invoice.status === 'open' && Date.parse(invoice.dueAt) < Date.now();

  const lines = [
    `*${invoice.id}* for ${customer.name} — ${money(invoice.totalCents, invoice.currency, locale)} (${invoice.status}${overdue ? ', overdue' : ''})`,
    `Due ${new Date(invoice.dueAt).toLocaleDateString(locale)}`,
  ];
  if (customer.tier === 'enterprise') {
    lines.push(`Account manager: ${customer.accountManager ?? 'unassigned'}`);
    lines.push(`Open invoices for this account: ${await billing.countOpenInvoices(customer.id)}`);
  }
  if (userLocale === undefined) {
    lines.push(`_Tip: set your locale with \`/prefs locale\` (showing ${locale})._`);
  }

  return { response_type: overdue ? 'in_channel' : 'ephemeral', text: lines.join('\n') };
}
