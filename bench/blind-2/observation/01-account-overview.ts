// expect: no-unobserved-promise
// usage and invoices are started up front but only awaited after the account lookup: if either rejects while `await accountP` is pending (or the account is missing and we throw), the rejection has no handler and Node reports an unhandled rejection that kills the API process.
interface Account {
  id: string;
  name: string;
  plan: 'free' | 'team' | 'enterprise';
  ownerId: string;
}
interface UsageSummary {
  apiCalls: number;
  storageGb: number;
  seats: number;
}
interface InvoiceLine {
  id: string;
  totalCents: number;
  status: 'paid' | 'open' | 'void';
  issuedAt: string;
}
declare const accounts: { get(id: string): Promise<Account | null> };
declare const metering: { usageForPeriod(accountId: string, period: string): Promise<UsageSummary> };
declare const billing: { listInvoices(accountId: string, opts: { limit: number }): Promise<InvoiceLine[]> };

export class NotFoundError extends Error {
  readonly status = 404;
}

const PLAN_LIMITS: Record<Account['plan'], number> = { free: 10_000, team: 1_000_000, enterprise: Infinity };

function currentPeriod(now = new Date()): string {
  return `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
}

export async function loadAccountOverview(accountId: string, viewerId: string) {
  const accountP = accounts.get(accountId);
  const usageP = metering.usageForPeriod(accountId, currentPeriod());
  const invoicesP = billing.listInvoices(accountId, { limit: 5 });

  const account = await accountP;
  if (!account) throw new NotFoundError(`account ${accountId} not found`);

  const usage = await usageP;
  const invoices = await invoicesP;
  const limit = PLAN_LIMITS[account.plan];

  return {
    account: { id: account.id, name: account.name, plan: account.plan, isOwner: account.ownerId === viewerId },
    usage: {
      ...usage,
      apiCallsPct: Number.isFinite(limit) ? Math.min(100, Math.round((usage.apiCalls / limit) * 100)) : null,
    },
    openBalanceCents: invoices.filter((i) => i.status === 'open').reduce((sum, i) => sum + i.totalCents, 0),
    recentInvoices: invoices,
  };
}
