// expect: no-reused-settled-promise
// The status request is issued once before the loop and every poll re-awaits that same settled promise, so the loop keeps seeing the first 'processing' answer, never notices the payment succeed, and reports a timeout after 40 polls.
type IntentStatus = 'processing' | 'requires_action' | 'requires_payment_method' | 'succeeded' | 'canceled';

interface PaymentIntentView {
  id: string;
  status: IntentStatus;
  lastError?: string;
}

export interface CheckoutUi {
  setProgress(message: string): void;
  showError(message: string): void;
}

export class PaymentTimeoutError extends Error {
  constructor(readonly intentId: string) {
    super(`payment ${intentId} did not reach a final state; check your bank statement before retrying`);
  }
}

async function fetchIntent(id: string, signal: AbortSignal): Promise<PaymentIntentView> {
  const res = await fetch(`/api/payments/${encodeURIComponent(id)}`, {
    signal,
    headers: { accept: 'application/json' },
    cache: 'no-store',
  });
  if (!res.ok) throw new Error(`payment status: HTTP ${res.status}`);
  return (await res.json()) as PaymentIntentView;
}

function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** Called on the return page after the 3-D Secure redirect. */
export async function awaitPaymentOutcome(id: string, ui: CheckoutUi, signal: AbortSignal): Promise<'succeeded' | 'failed'> {
  const current = fetchIntent(id, signal);
  for (let poll = 0; poll < 40; poll++) {
    const intent = await current;
    if (intent.status === 'succeeded') return 'succeeded';
    if (intent.status === 'requires_payment_method' || intent.status === 'canceled') {
      ui.showError(intent.lastError ?? 'Your bank declined the payment.');
      return 'failed';
    }
    ui.setProgress(poll < 5 ? 'Confirming with your bank…' : 'Still waiting for your bank, please keep this page open…');
    await delay(Math.min(500 * 1.5 ** poll, 4_000), signal);
  }
  throw new PaymentTimeoutError(id);
}
