// expect: no-floating-promises
// The async 'message' listener's promise is ignored by the port: when loadInvoice or renderInvoicePdf rejects, no reply is posted (the main thread's request waits forever) and the rejection is unhandled, which terminates the worker thread.
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';

interface RenderRequest {
  requestId: number;
  invoiceId: string;
  locale: string;
}

type RenderReply =
  | { requestId: number; ok: true; pdf: Uint8Array; renderMs: number }
  | { requestId: number; ok: false; error: string };

interface Invoice {
  id: string;
  status: 'draft' | 'issued' | 'paid' | 'void';
  customer: { name: string; vatId?: string };
  lines: { description: string; quantity: number; unitCents: number }[];
  currency: string;
}

declare function loadInvoice(id: string): Promise<Invoice>;
declare function renderInvoicePdf(invoice: Invoice, opts: { locale: string; fontsDir: string; watermark?: string }): Promise<Uint8Array>;

if (!parentPort) {
  throw new Error('invoice renderer must be started as a worker thread');
}
const port = parentPort;
const { fontsDir } = workerData as { fontsDir: string };

function reply(message: RenderReply): void {
  port.postMessage(message);
}

port.on('message', async (msg: RenderRequest) => {
  const started = performance.now();
  const invoice = await loadInvoice(msg.invoiceId);
  if (invoice.status === 'draft') {
    reply({ requestId: msg.requestId, ok: false, error: `invoice ${invoice.id} is still a draft` });
    return;
  }
  const pdf = await renderInvoicePdf(invoice, {
    locale: msg.locale,
    fontsDir,
    watermark: invoice.status === 'void' ? 'VOID' : undefined,
  });
  reply({ requestId: msg.requestId, ok: true, pdf, renderMs: Math.round(performance.now() - started) });
});

port.on('close', () => {
  process.exit(0);
});
