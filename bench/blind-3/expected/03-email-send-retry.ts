// expect: no-reused-settled-promise
// retrying() is handed the already-started send promise; after a transient failure it sleeps and awaits the same rejected promise again, so no second send is ever attempted.
import { setTimeout as sleep } from 'node:timers/promises';

export interface OutboundEmail {
  to: string;
  template: 'password-reset' | 'invoice' | 'welcome';
  variables: Record<string, string>;
}

declare const mailer: {
  send(message: { to: string; subject: string; html: string }): Promise<{ messageId: string }>;
};
declare function renderTemplate(name: OutboundEmail['template'], vars: Record<string, string>): Promise<{ subject: string; html: string }>;

class TransientMailError extends Error {}

function classify(err: unknown): Error {
  if (err instanceof Error && /\b(421|450|451|ETIMEDOUT|ECONNRESET)\b/.test(err.message)) {
    return new TransientMailError(err.message, { cause: err });
  }
  return err instanceof Error ? err : new Error(String(err));
}

async function retrying<T>(pending: Promise<T>, label: string, maxAttempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await pending;
    } catch (raw) {
      const err = classify(raw);
      if (!(err instanceof TransientMailError) || attempt >= maxAttempts) throw err;
      const backoff = 500 * attempt;
      console.warn(`[mail] ${label} attempt ${attempt} failed (${err.message}); retrying in ${backoff}ms`);
      await sleep(backoff);
    }
  }
}

export async function sendTransactional(email: OutboundEmail): Promise<string> {
  const { subject, html } = await renderTemplate(email.template, email.variables);
  const { messageId } = await retrying(
    mailer.send({ to: email.to, subject, html }),
    `${email.template} -> ${email.to}`,
  );
  console.info(`[mail] sent ${email.template} to ${email.to} (${messageId})`);
  return messageId;
}
