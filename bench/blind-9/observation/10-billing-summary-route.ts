// expect: none
// Both lookups are started after the only early return and are handed together to Promise.all before anything else is awaited, so a rejection of either is observed (the other's later rejection is absorbed by Promise.all).
interface Session {
  userId: string;
  accountId: string;
}

interface Profile {
  displayName: string;
  email: string;
  locale: string;
}

interface Entitlements {
  plan: 'free' | 'pro' | 'enterprise';
  seats: number;
  renewsAt: string | null;
}

declare const auth: { getSession(cookie: string): Promise<Session | null> };
declare const db: { profiles: { findById(id: string): Promise<Profile | null> } };
declare const billing: {
  entitlements(accountId: string, opts: { signal?: AbortSignal }): Promise<Entitlements>;
  openInvoices(accountId: string, opts: { signal?: AbortSignal }): Promise<{ id: string; amountDue: number }[]>;
};

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

export async function GET(req: Request): Promise<Response> {
  const session = await auth.getSession(req.headers.get('cookie') ?? '');
  if (!session) return json({ error: 'unauthorized' }, 401);

  const profileP = db.profiles.findById(session.userId);
  const entitlementsP = billing.entitlements(session.accountId, { signal: req.signal });
  const invoicesP = billing.openInvoices(session.accountId, { signal: req.signal });

  let profile: Profile | null;
  let entitlements: Entitlements;
  let invoices: { id: string; amountDue: number }[];
  try {
    [profile, entitlements, invoices] = await Promise.all([profileP, entitlementsP, invoicesP]);
  } catch (err) {
    if (req.signal.aborted) throw err;
    console.error('[billing-summary]', err);
    return json({ error: 'billing temporarily unavailable' }, 503);
  }
  if (!profile) return json({ error: 'profile not found' }, 404);

  const amountDue = invoices.reduce((sum, inv) => sum + inv.amountDue, 0);
  const formatter = new Intl.NumberFormat(profile.locale, { style: 'currency', currency: 'USD' });
  return json({
    name: profile.displayName,
    plan: entitlements.plan,
    seats: entitlements.seats,
    renewsAt: entitlements.renewsAt,
    openInvoices: invoices.length,
    amountDue: formatter.format(amountDue / 100),
  });
}
