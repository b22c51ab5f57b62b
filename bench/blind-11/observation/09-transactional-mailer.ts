// expect: no-unobserved-promise
// renderP is started before the suppression/rate-limit checks; on those early returns it is never awaited, so a render failure becomes an unhandled rejection.
import { randomUUID } from 'node:crypto';

export interface MailRequest {
  template: string;
  to: string;
  locale?: string;
  vars: Record<string, string | number>;
  category: 'receipt' | 'password-reset' | 'digest' | 'marketing';
}

interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

export type SendOutcome =
  { status: 'sent'; messageId: string } | { status: 'suppressed'; reason: string } | { status: 'rate-limited'; retryAfterSec: number };

declare const templates: {
  render(name: string, locale: string, vars: Record<string, string | number>): Promise<RenderedMail>;
};

declare const suppressionList: {
  lookup(email: string): Promise<{ reason: 'bounce' | 'complaint' | 'unsubscribe' } | null>;
};

declare const smtp: {
  send(msg: { id: string; from: string; to: string; subject: string; html: string; text: string }): Promise<void>;
};

const TRANSACTIONAL = new Set<MailRequest['category']>(['receipt', 'password-reset']);

export class Mailer {
  private readonly windowStart = new Map<string, { since: number; count: number }>();

  constructor(
    private readonly from: string,
    private readonly perHourLimit = 20,
  ) {}

  private retryAfter(to: string): number {
    const now = Date.now();
    const entry = this.windowStart.get(to);
    if (!entry || now - entry.since > 3_600_000) {
      this.windowStart.set(to, { since: now, count: 1 });
      return 0;
    }
    entry.count++;
    return entry.count > this.perHourLimit ? Math.ceil((entry.since + 3_600_000 - now) / 1000) : 0;
  }

  async send(req: MailRequest): Promise<SendOutcome> {
    // Rendering hits the template service; start it while we check the lists.
    const renderP = templates.render(req.template, req.locale ?? 'en', req.vars);

    if (!TRANSACTIONAL.has(req.category)) {
      const suppressed = await suppressionList.lookup(req.to);
      if (suppressed) {
        return { status: 'suppressed', reason: suppressed.reason };
      }
    }

    const wait = this.retryAfter(req.to);
    if (wait > 0) {
      return { status: 'rate-limited', retryAfterSec: wait };
    }

    const rendered = await renderP;
    const messageId = `${randomUUID()}@${this.from.split('@')[1] ?? 'localhost'}`;
    await smtp.send({
      id: messageId,
      from: this.from,
      to: req.to,
      subject: rendered.subject,
      html: rendered.html,
      text: rendered.text,
    });
    return { status: 'sent', messageId };
  }
}
