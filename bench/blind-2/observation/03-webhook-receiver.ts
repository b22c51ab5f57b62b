// expect: none
// The audit write is started early but gets its .catch() handler immediately, so on the early 401/400 returns (where it is never awaited) a storage failure is logged instead of becoming an unhandled rejection.
import { createHmac, timingSafeEqual } from 'node:crypto';

interface WebhookRequest {
  headers: Record<string, string | undefined>;
  rawBody: Buffer;
}
interface WebhookResponse {
  status: number;
  body?: string;
}
declare const auditLog: { append(entry: { source: string; deliveryId: string; bytes: number; at: number }): Promise<void> };
declare const events: { enqueue(type: string, payload: unknown, deliveryId: string): Promise<{ position: number }> };

function validSignature(secret: string, body: Buffer, header: string | undefined): boolean {
  if (!header?.startsWith('sha256=')) return false;
  const expected = createHmac('sha256', secret).update(body).digest();
  const given = Buffer.from(header.slice(7), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export async function receiveWebhook(req: WebhookRequest, secret: string): Promise<WebhookResponse> {
  const deliveryId = req.headers['x-delivery-id'] ?? 'unknown';
  const audited = auditLog
    .append({ source: 'payments', deliveryId, bytes: req.rawBody.length, at: Date.now() })
    .catch((err: Error) => console.warn(`[webhook] audit append failed for ${deliveryId}: ${err.message}`));

  if (!validSignature(secret, req.rawBody, req.headers['x-signature'])) {
    return { status: 401, body: 'bad signature' };
  }

  let payload: { type?: string; data?: unknown };
  try {
    payload = JSON.parse(req.rawBody.toString('utf8'));
  } catch {
    return { status: 400, body: 'malformed JSON' };
  }
  if (!payload.type) return { status: 400, body: 'missing event type' };

  const { position } = await events.enqueue(payload.type, payload.data, deliveryId);
  await audited;
  return { status: 202, body: JSON.stringify({ queued: position }) };
}
