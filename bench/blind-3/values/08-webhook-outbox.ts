// expect: no-promise-as-value
// signPayload() returns a Promise (WebCrypto HMAC), so the message body embeds the promise and JSON.stringify writes "signature":{}; every subscriber's signature check fails and all webhooks are rejected.
import { webcrypto } from 'node:crypto';

declare const sqs: {
  sendMessage(input: { QueueUrl: string; MessageBody: string; MessageGroupId?: string }): Promise<{ MessageId?: string }>;
};
declare const outboxRepo: {
  takeBatch(limit: number): Promise<OutboxEvent[]>;
  markPublished(ids: string[]): Promise<void>;
};

export interface OutboxEvent {
  id: string;
  tenantId: string;
  type: string;
  occurredAt: string;
  data: Record<string, unknown>;
}

const QUEUE_URL = process.env.WEBHOOK_QUEUE_URL ?? '';
const encoder = new TextEncoder();

async function signPayload(secret: string, payload: string): Promise<string> {
  const key = await webcrypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  const mac = await webcrypto.subtle.sign('HMAC', key, encoder.encode(payload));
  return Buffer.from(mac).toString('hex');
}

export async function publishOutbox(secretFor: (tenantId: string) => string, batchSize = 25): Promise<number> {
  const events = await outboxRepo.takeBatch(batchSize);
  const published: string[] = [];

  for (const event of events) {
    const payload = JSON.stringify({ id: event.id, type: event.type, occurredAt: event.occurredAt, data: event.data });
    const message = {
      tenantId: event.tenantId,
      payload,
      signature: signPayload(secretFor(event.tenantId), payload),
      algorithm: 'hmac-sha256',
    };
    try {
      await sqs.sendMessage({ QueueUrl: QUEUE_URL, MessageBody: JSON.stringify(message), MessageGroupId: event.tenantId });
      published.push(event.id);
    } catch (err) {
      console.error(`outbox: failed to publish ${event.id}`, err);
      break;
    }
  }

  if (published.length > 0) await outboxRepo.markPublished(published);
  return published.length;
}
