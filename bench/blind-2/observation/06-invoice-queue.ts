// expect: no-floating-promises
// The 'job' listener is async but EventEmitter ignores its returned promise: when rendering or mailing throws, the rejection is unhandled (crashing the worker under Node's default mode) and the job is never nacked.
import { EventEmitter } from 'node:events';

interface InvoiceJob {
  id: string;
  invoiceId: string;
  attempt: number;
  recipient: string;
}
interface JobQueue extends EventEmitter {
  ack(jobId: string): Promise<void>;
  nack(jobId: string, opts: { requeue: boolean; delayMs: number }): Promise<void>;
  start(concurrency: number): void;
}
declare function connectQueue(name: string): JobQueue;
declare const invoices: { renderPdf(invoiceId: string): Promise<Buffer> };
declare const mailer: {
  send(msg: { to: string; subject: string; attachments: { filename: string; content: Buffer }[] }): Promise<{ messageId: string }>;
};

const MAX_ATTEMPTS = 5;

export function startInvoiceMailer(concurrency = 2): JobQueue {
  const queue = connectQueue('invoice-mail');

  queue.on('job', async (job: InvoiceJob) => {
    const started = Date.now();
    if (job.attempt > MAX_ATTEMPTS) {
      console.error(`[invoice-mailer] giving up on ${job.invoiceId} after ${job.attempt - 1} attempts`);
      await queue.nack(job.id, { requeue: false, delayMs: 0 });
      return;
    }
    const pdf = await invoices.renderPdf(job.invoiceId);
    const { messageId } = await mailer.send({
      to: job.recipient,
      subject: `Your invoice ${job.invoiceId}`,
      attachments: [{ filename: `invoice-${job.invoiceId}.pdf`, content: pdf }],
    });
    await queue.ack(job.id);
    console.log(`[invoice-mailer] ${job.invoiceId} -> ${messageId} in ${Date.now() - started}ms`);
  });

  queue.on('error', (err: Error) => console.error('[invoice-mailer] queue connection error', err));
  queue.start(concurrency);
  return queue;
}
