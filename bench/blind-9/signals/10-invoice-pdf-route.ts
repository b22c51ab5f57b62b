// expect: none
// Every awaited step of the route (DB read, renderer call, storage upload) receives the combined request+deadline signal, so a client disconnect or the 20 s budget cancels whatever step is running.
export interface Invoice {
  id: string;
  tenantId: string;
  number: string;
  lines: Array<{ description: string; qty: number; unitCents: number }>;
}

interface CallOptions {
  signal?: AbortSignal;
}

declare const db: {
  invoices: { findById(tenantId: string, id: string, opts?: CallOptions): Promise<Invoice | null> };
};
declare const renderer: {
  renderPdf(template: string, data: unknown, opts?: CallOptions & { locale?: string }): Promise<Uint8Array>;
};
declare const blobStore: {
  put(key: string, body: Uint8Array, opts?: CallOptions & { contentType?: string }): Promise<{ url: string }>;
};
declare function tenantFromRequest(req: Request): Promise<string | null>;

const RENDER_BUDGET_MS = 20_000;

export async function POST(req: Request, ctx: { params: { invoiceId: string } }): Promise<Response> {
  const tenantId = await tenantFromRequest(req);
  if (!tenantId) return Response.json({ error: 'unauthorized' }, { status: 401 });

  const signal = AbortSignal.any([req.signal, AbortSignal.timeout(RENDER_BUDGET_MS)]);

  try {
    const invoice = await db.invoices.findById(tenantId, ctx.params.invoiceId, { signal });
    if (!invoice) return Response.json({ error: 'not found' }, { status: 404 });

    const locale = req.headers.get('accept-language')?.split(',')[0] ?? 'en-US';
    const pdf = await renderer.renderPdf('invoice-v3', invoice, { signal, locale });
    const { url } = await blobStore.put(`invoices/${tenantId}/${invoice.number}.pdf`, pdf, {
      signal,
      contentType: 'application/pdf',
    });

    return Response.json({ url, bytes: pdf.byteLength }, { status: 201 });
  } catch (err) {
    if (signal.aborted && !req.signal.aborted) {
      return Response.json({ error: 'invoice rendering timed out' }, { status: 504 });
    }
    throw err;
  }
}
