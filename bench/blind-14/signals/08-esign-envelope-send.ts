// expect: none
// Aborts are rethrown untouched; only provider failures get wrapped in EnvelopeSendError, and the wrapper keeps the cause.
export interface Signer {
  email: string;
  name: string;
  order: number;
}

export interface Envelope {
  id: string;
  documentIds: string[];
  signers: Signer[];
  subject: string;
}

export interface SendOptions {
  signal: AbortSignal;
  reminderDays?: number;
}

declare const esignProvider: {
  createEnvelope(
    body: { subject: string; documents: string[]; recipients: { email: string; name: string; routingOrder: number }[] },
    opts: { signal?: AbortSignal; idempotencyKey?: string },
  ): Promise<{ envelopeId: string; status: 'sent' | 'created' }>;
  voidEnvelope(envelopeId: string, reason: string): Promise<void>;
};

declare const envelopeStore: {
  markSent(id: string, providerId: string): Promise<void>;
  markFailed(id: string, reason: string): Promise<void>;
};

export class EnvelopeSendError extends Error {
  constructor(
    readonly envelopeId: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'EnvelopeSendError';
  }
}

function isAbort(err: unknown): boolean {
  return err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError');
}

function validate(env: Envelope): void {
  if (env.signers.length === 0) throw new EnvelopeSendError(env.id, 'envelope has no signers');
  const orders = new Set(env.signers.map((s) => s.order));
  if (orders.size !== env.signers.length) {
    throw new EnvelopeSendError(env.id, 'duplicate routing order');
  }
}

export async function sendEnvelope(env: Envelope, opts: SendOptions): Promise<string> {
  validate(env);

  let providerId: string;
  try {
    const created = await esignProvider.createEnvelope(
      {
        subject: env.subject,
        documents: env.documentIds,
        recipients: env.signers.map((s) => ({ email: s.email, name: s.name, routingOrder: s.order })),
      },
      { signal: opts.signal, idempotencyKey: `env-${env.id}` },
    );
    providerId = created.envelopeId;
  } catch (err) {
    if (isAbort(err)) throw err;
    await envelopeStore.markFailed(env.id, err instanceof Error ? err.message : String(err));
    throw new EnvelopeSendError(env.id, `provider rejected envelope ${env.id}`, { cause: err });
  }

  try {
    opts.signal.throwIfAborted();
    await envelopeStore.markSent(env.id, providerId);
  } catch (err) {
    // the provider already sent it; void so signers don't get an orphaned request
    await esignProvider.voidEnvelope(providerId, 'send cancelled before it was recorded');
    throw err;
  }
  return providerId;
}
