// expect: none
// Per-recipient failures are recorded and skipped, but an abort is detected and rethrown before anything is recorded, so cancelling the campaign stops the batch.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Recipient {
  email: string;
  name: string;
  locale: string;
}

export interface SendReport {
  sent: string[];
  failed: { email: string; error: string }[];
}

declare const mailer: {
  send(
    msg: { to: string; subject: string; html: string },
    opts: { signal?: AbortSignal; idempotencyKey?: string },
  ): Promise<{ messageId: string }>;
};

declare function renderTemplate(template: string, locale: string, vars: Record<string, string>): Promise<{ subject: string; html: string }>;

function isAbortError(err: unknown): boolean {
  return err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError');
}

export async function sendCampaign(
  campaignId: string,
  template: string,
  recipients: Recipient[],
  options: { signal: AbortSignal; ratePerSecond?: number },
): Promise<SendReport> {
  const { signal } = options;
  const gapMs = 1000 / (options.ratePerSecond ?? 10);
  const report: SendReport = { sent: [], failed: [] };

  for (const r of recipients) {
    try {
      const { subject, html } = await renderTemplate(template, r.locale, {
        name: r.name,
        unsubscribeUrl: `https://mail.example.com/u/${encodeURIComponent(r.email)}`,
      });
      await mailer.send({ to: r.email, subject, html }, { signal, idempotencyKey: `${campaignId}:${r.email}` });
      report.sent.push(r.email);
    } catch (err) {
      if (isAbortError(err) || signal.aborted) throw err;
      report.failed.push({
        email: r.email,
        error: err instanceof Error ? err.message : String(err),
      });
    }
    await sleep(gapMs, undefined, { signal });
  }
  return report;
}

export async function sendWithProgress(
  campaignId: string,
  template: string,
  recipients: Recipient[],
  signal: AbortSignal,
  onChunk: (report: SendReport) => void,
): Promise<void> {
  const chunkSize = 200;
  for (let i = 0; i < recipients.length; i += chunkSize) {
    const chunk = recipients.slice(i, i + chunkSize);
    const report = await sendCampaign(campaignId, template, chunk, { signal });
    onChunk(report);
  }
}
