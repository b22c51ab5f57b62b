// expect: none
// The hammer-confirmation executor funnels message, close, error and timeout through one settle() that clears the timer and detaches listeners.
export interface HammerConfirmation {
  lotId: string;
  paddle: number;
  hammerPrice: number;
  currency: string;
  clerkInitials: string;
}

interface SaleroomMessage {
  type: 'bid' | 'hammer' | 'pass' | 'withdrawn';
  lotId: string;
  paddle?: number;
  amount?: number;
  currency?: string;
  clerk?: string;
}

declare const lotLedger: {
  markSold(confirmation: HammerConfirmation): Promise<void>;
  markUnsold(lotId: string, reason: string): Promise<void>;
};

export class LotOutcomeError extends Error {
  constructor(readonly lotId: string, readonly outcome: 'pass' | 'withdrawn' | 'timeout' | 'disconnected') {
    super(`lot ${lotId} ended without a sale: ${outcome}`);
  }
}

export function awaitHammer(socket: WebSocket, lotId: string, timeoutMs = 120_000): Promise<HammerConfirmation> {
  return new Promise<HammerConfirmation>((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;

    const settle = (outcome: { ok: true; value: HammerConfirmation } | { ok: false; error: Error }) => {
      clearTimeout(timer);
      socket.removeEventListener('message', onMessage);
      socket.removeEventListener('close', onClose);
      socket.removeEventListener('error', onClose);
      if (outcome.ok) resolve(outcome.value);
      else reject(outcome.error);
    };

    const onMessage = (event: MessageEvent) => {
      const msg = JSON.parse(String(event.data)) as SaleroomMessage;
      if (msg.lotId !== lotId) return;
      if (msg.type === 'hammer') {
        settle({
          ok: true,
          value: {
            lotId,
            paddle: msg.paddle ?? 0,
            hammerPrice: msg.amount ?? 0,
            currency: msg.currency ?? 'GBP',
            clerkInitials: msg.clerk ?? '??',
          },
        });
      } else if (msg.type === 'pass' || msg.type === 'withdrawn') {
        settle({ ok: false, error: new LotOutcomeError(lotId, msg.type) });
      }
    };

    const onClose = () => settle({ ok: false, error: new LotOutcomeError(lotId, 'disconnected') });

    socket.addEventListener('message', onMessage);
    socket.addEventListener('close', onClose);
    socket.addEventListener('error', onClose);
    timer = setTimeout(() => settle({ ok: false, error: new LotOutcomeError(lotId, 'timeout') }), timeoutMs);
  });
}

export async function closeLot(socket: WebSocket, lotId: string): Promise<HammerConfirmation | null> {
  try {
    const confirmation = await awaitHammer(socket, lotId);
    await lotLedger.markSold(confirmation);
    return confirmation;
  } catch (err) {
    if (err instanceof LotOutcomeError) {
      await lotLedger.markUnsold(lotId, err.outcome);
      return null;
    }
    throw err;
  }
}
