// expect: none
// Both lookups are started up front but handed to Promise.all together before anything else is awaited, so a rejection from either one is observed immediately and the 404 path returns only after both have settled.
declare const db: {
  customer(id: string, opts: { signal?: AbortSignal }): Promise<{ id: string; name: string; email: string; tier: 'free' | 'pro' } | null>;
  orders(
    customerId: string,
    opts: { limit: number; signal?: AbortSignal },
  ): Promise<Array<{ id: string; totalCents: number; placedAt: Date }>>;
};

declare const loyalty: {
  points(customerId: string, opts: { signal?: AbortSignal }): Promise<number>;
};

declare function authorize(req: Request, customerId: string): Promise<boolean>;

export async function GET(req: Request, ctx: { params: { id: string } }): Promise<Response> {
  const { id } = ctx.params;
  if (!(await authorize(req, id))) {
    return new Response(null, { status: 403 });
  }

  const customerP = db.customer(id, { signal: req.signal });
  const ordersP = db.orders(id, { limit: 20, signal: req.signal });
  const pointsP = loyalty.points(id, { signal: req.signal });

  let customer, orders, points;
  try {
    [customer, orders, points] = await Promise.all([customerP, ordersP, pointsP]);
  } catch (err) {
    if (req.signal.aborted) throw err;
    console.error('profile lookup failed', { id, err });
    return Response.json({ error: 'profile temporarily unavailable' }, { status: 503 });
  }

  if (!customer) {
    return Response.json({ error: `customer ${id} not found` }, { status: 404 });
  }

  const lifetimeCents = orders.reduce((sum, o) => sum + o.totalCents, 0);
  return Response.json({
    customer,
    recentOrders: orders.map((o) => ({ ...o, placedAt: o.placedAt.toISOString() })),
    lifetimeValue: lifetimeCents / 100,
    loyaltyPoints: customer.tier === 'pro' ? points : null,
  });
}
