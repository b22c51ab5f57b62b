// expect: none
// The retry helper takes a factory and calls it again on every attempt; the rendered template promise is awaited repeatedly only as a cached value.
import { setTimeout as sleep } from 'node:timers/promises';
import { randomUUID } from 'node:crypto';

interface OutgoingMail {
  to: string;
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
}

interface SmtpTransport {
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
}

declare function renderTemplate(name: string, vars: Record<string, unknown>): Promise<{ html: string; text: string }>;

class TransientMailError extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
}

export async function retry<T>(
  task: (attempt: number) => Promise<T>,
  { attempts, baseDelayMs }: RetryPolicy,
  shouldRetry: (err: unknown) => boolean,
): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await task(attempt);
    } catch (err) {
      lastError = err;
      if (!shouldRetry(err) || attempt === attempts) break;
      await sleep(baseDelayMs * attempt);
    }
  }
  throw lastError;
}

const isTransient = (err: unknown): boolean => err instanceof TransientMailError && err.code >= 400 && err.code < 500;

export class MailSender {
  constructor(
    private readonly transport: SmtpTransport,
    private readonly policy: RetryPolicy = { attempts: 4, baseDelayMs: 750 },
  ) {}

  async sendTemplated(to: string[], template: string, vars: Record<string, unknown>): Promise<string[]> {
    const rendered = renderTemplate(template, vars);
    const subject = String(vars.subject ?? 'Notification');
    const ids: string[] = [];

    for (const recipient of to) {
      const { html, text } = await rendered;
      const mail: OutgoingMail = {
        to: recipient,
        subject,
        html,
        text,
        headers: { 'Message-ID': `<${randomUUID()}@mail.example.com>` },
      };
      const { messageId } = await retry(
        (attempt) => {
          mail.headers['X-Attempt'] = String(attempt);
          return this.transport.send(mail);
        },
        this.policy,
        isTransient,
      );
      ids.push(messageId);
    }
    return ids;
  }
}
