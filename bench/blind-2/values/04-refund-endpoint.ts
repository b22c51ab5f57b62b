// expect: none
// The permission check is awaited inside the || (staff short-circuits, others wait for the boolean), so `allowed` is a real boolean and non-permitted users get the 403.
interface Actor {
  id: string;
  isStaff: boolean;
  hasPermission(permission: string): Promise<boolean>;
}
interface Invoice {
  id: string;
  customerId: string;
  amountCents: number;
  refundedCents: number;
  currency: string;
}
interface RefundCtx {
  params: { invoiceId: string };
  request: { body: { amountCents?: number; reason?: string } };
  state: { actor: Actor };
  status: number;
  body: unknown;
}
declare const router: { post(path: string, handler: (ctx: RefundCtx) => Promise<void>): void };
declare const billing: {
  getInvoice(id: string): Promise<Invoice | null>;
  refund(invoiceId: string, amountCents: number, meta: { actorId: string; reason: string }): Promise<{ refundId: string }>;
};

router.post('/api/invoices/:invoiceId/refunds', async (ctx) => {
  const { actor } = ctx.state;
  const allowed = actor.isStaff || (await actor.hasPermission('billing:refund'));
  if (!allowed) {
    ctx.status = 403;
    ctx.body = { error: 'forbidden', required: 'billing:refund' };
    return;
  }

  const invoice = await billing.getInvoice(ctx.params.invoiceId);
  if (!invoice) {
    ctx.status = 404;
    ctx.body = { error: 'invoice_not_found' };
    return;
  }

  const refundable = invoice.amountCents - invoice.refundedCents;
  const amount = ctx.request.body.amountCents ?? refundable;
  if (!Number.isInteger(amount) || amount <= 0 || amount > refundable) {
    ctx.status = 422;
    ctx.body = { error: 'invalid_amount', refundableCents: refundable, currency: invoice.currency };
    return;
  }

  const { refundId } = await billing.refund(invoice.id, amount, {
    actorId: actor.id,
    reason: ctx.request.body.reason?.slice(0, 500) ?? 'unspecified',
  });
  ctx.status = 201;
  ctx.body = { refundId, amountCents: amount, currency: invoice.currency };
});

export {};
