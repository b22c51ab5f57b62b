// expect: none
// The polling loop passes the caller's signal to both fetch and the timers/promises delay, so cancelling verification stops it promptly.
import { setTimeout as delay } from 'node:timers/promises';
import { randomInt } from 'node:crypto';

type DeliveryStatus = 'queued' | 'sent' | 'delivered' | 'failed' | 'undeliverable';

interface SendResult {
  messageId: string;
  status: DeliveryStatus;
}

export interface VerificationRequest {
  phone: string;
  locale: string;
  signal: AbortSignal;
}

const GATEWAY = 'https://sms-gateway.internal/v2';
const POLL_INTERVAL_MS = 1500;
const MAX_POLLS = 20;

const templates: Record<string, (code: string) => string> = {
  en: (code) => `Your verification code is ${code}. It expires in 10 minutes.`,
  de: (code) => `Ihr Bestätigungscode lautet ${code}. Er läuft in 10 Minuten ab.`,
  fr: (code) => `Votre code de vérification est ${code}. Il expire dans 10 minutes.`,
};

export function generateCode(): string {
  return randomInt(0, 1_000_000).toString().padStart(6, '0');
}

async function sendSms(phone: string, body: string, signal: AbortSignal): Promise<SendResult> {
  const res = await fetch(`${GATEWAY}/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ to: phone, body }),
    signal,
  });
  if (!res.ok) throw new Error(`gateway rejected message: ${res.status}`);
  return (await res.json()) as SendResult;
}

async function fetchStatus(messageId: string, signal: AbortSignal): Promise<DeliveryStatus> {
  const res = await fetch(`${GATEWAY}/messages/${messageId}`, { signal });
  if (!res.ok) throw new Error(`status lookup failed: ${res.status}`);
  const body = (await res.json()) as SendResult;
  return body.status;
}

export async function sendVerificationCode(req: VerificationRequest): Promise<{ code: string; messageId: string }> {
  const code = generateCode();
  const render = templates[req.locale] ?? templates.en;
  const { messageId, status } = await sendSms(req.phone, render(code), req.signal);

  let current = status;
  for (let i = 0; i < MAX_POLLS; i++) {
    if (current === 'delivered') {
      return { code, messageId };
    }
    if (current === 'failed' || current === 'undeliverable') {
      throw new Error(`SMS to ${req.phone} ${current}`);
    }
    await delay(POLL_INTERVAL_MS, undefined, { signal: req.signal });
    current = await fetchStatus(messageId, req.signal);
  }

  // Carriers sometimes never report delivery; the code is still valid.
  return { code, messageId };
}
