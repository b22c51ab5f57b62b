// expect: none
// Per-recipient failures are recorded and skipped, but the catch first checks signal.aborted and rethrows signal.reason, so a cancellation stops the batch instead of being counted as a failure.

export interface Recipient {
  email: string;
  name: string;
}

declare class MailClient {
  send(msg: { to: string; subject: string; html: string }, opts?: { signal?: AbortSignal }): Promise<{ messageId: string }>;
}

declare function renderNewsletter(r: Recipient): string;

export async function sendNewsletter(
  mail: MailClient,
  recipients: Recipient[],
  signal: AbortSignal,
): Promise<{ sent: number; failed: string[] }> {
  let sent = 0;
  const failed: string[] = [];
  for (const r of recipients) {
    try {
      await mail.send({ to: r.email, subject: "This month at Acme", html: renderNewsletter(r) }, { signal });
      sent++;
    } catch (err) {
      if (signal.aborted) {
        throw signal.reason;
      }
      failed.push(r.email);
    }
  }
  return { sent, failed };
}
