// expect: no-reused-settled-promise
// The retry loop awaits the same `delivery` promise each attempt, so after the first rejection it just re-reads the failure and never re-sends.
import { setTimeout as sleep } from 'node:timers/promises';

export interface StockLevel {
  sku: string;
  branchId: string;
  onHand: number;
  reorderPoint: number;
  controlled: boolean;
}

export interface AlertPayload {
  channel: 'sms' | 'email' | 'pager';
  recipient: string;
  subject: string;
  body: string;
}

declare const notifier: {
  send(payload: AlertPayload): Promise<{ messageId: string }>;
};
declare const staffDirectory: {
  onCallPharmacist(branchId: string): Promise<{ phone: string; email: string }>;
};

const MAX_ATTEMPTS = 4;

function backoff(attempt: number): number {
  return Math.min(30_000, 500 * 2 ** attempt) + Math.floor(Math.random() * 250);
}

export function needsAlert(level: StockLevel): boolean {
  return level.onHand <= level.reorderPoint;
}

export function buildPayload(level: StockLevel, contact: { phone: string; email: string }): AlertPayload {
  const urgent = level.controlled || level.onHand === 0;
  return {
    channel: urgent ? 'pager' : 'email',
    recipient: urgent ? contact.phone : contact.email,
    subject: `Low stock: ${level.sku} at branch ${level.branchId}`,
    body: `${level.sku} is at ${level.onHand} units (reorder point ${level.reorderPoint}).`,
  };
}

export async function deliverAlert(payload: AlertPayload): Promise<string> {
  let lastError: unknown;
  const delivery = notifier.send(payload);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    try {
      const { messageId } = await delivery;
      return messageId;
    } catch (err) {
      lastError = err;
      if (attempt < MAX_ATTEMPTS - 1) await sleep(backoff(attempt));
    }
  }
  throw new Error(`alert for "${payload.subject}" failed after ${MAX_ATTEMPTS} attempts`, { cause: lastError });
}

export async function processStockSnapshot(levels: StockLevel[]): Promise<{ sent: string[]; failed: string[] }> {
  const sent: string[] = [];
  const failed: string[] = [];
  for (const level of levels.filter(needsAlert)) {
    try {
      const contact = await staffDirectory.onCallPharmacist(level.branchId);
      sent.push(await deliverAlert(buildPayload(level, contact)));
    } catch {
      failed.push(`${level.branchId}:${level.sku}`);
    }
  }
  return { sent, failed };
}
