// expect: none
// Promise.allSettled is used to send every proof, and the results are partitioned by status so rejected sends are logged and requeued rather than counted as delivered.
export interface ProofRequest {
  orderId: string;
  customerEmail: string;
  pdfUrl: string;
  binding: 'case' | 'perfect' | 'coptic' | 'saddle';
}

export interface ProofMailer {
  sendProof(req: ProofRequest): Promise<{ messageId: string }>;
}

export interface RetryQueue {
  push(orderId: string, reason: string, notBefore: Date): Promise<void>;
}

export interface FanoutReport {
  delivered: Array<{ orderId: string; messageId: string }>;
  requeued: string[];
}

function reasonOf(err: unknown): string {
  if (err instanceof Error) return err.message;
  return typeof err === 'string' ? err : 'unknown failure';
}

export class ProofFanout {
  constructor(
    private readonly mailer: ProofMailer,
    private readonly retries: RetryQueue,
    private readonly retryDelayMs = 15 * 60_000,
  ) {}

  async sendAll(requests: ProofRequest[]): Promise<FanoutReport> {
    const outcomes = await Promise.allSettled(requests.map((r) => this.mailer.sendProof(r)));

    const report: FanoutReport = { delivered: [], requeued: [] };
    const notBefore = new Date(Date.now() + this.retryDelayMs);

    for (const [i, outcome] of outcomes.entries()) {
      const req = requests[i];
      if (outcome.status === 'fulfilled') {
        report.delivered.push({ orderId: req.orderId, messageId: outcome.value.messageId });
        continue;
      }
      const reason = reasonOf(outcome.reason);
      console.warn(`[proofs] ${req.orderId} (${req.binding}) not sent: ${reason}`);
      await this.retries.push(req.orderId, reason, notBefore);
      report.requeued.push(req.orderId);
    }

    return report;
  }
}

export function describeReport(report: FanoutReport): string {
  const total = report.delivered.length + report.requeued.length;
  if (report.requeued.length === 0) return `all ${total} proofs sent`;
  return `${report.delivered.length}/${total} proofs sent; requeued ${report.requeued.join(', ')}`;
}
