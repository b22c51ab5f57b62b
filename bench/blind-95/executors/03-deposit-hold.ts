// expect: no-multiple-settle
// The hold-expiry timer is never cleared when the card is confirmed or declined, so it later calls reject on an already-settled promise and keeps the booking process alive for the whole hold window.
import { EventEmitter } from 'node:events';
import { randomUUID } from 'node:crypto';

export interface DepositRequest {
  clientEmail: string;
  artist: string;
  slotStart: Date;
  amountCents: number;
}

interface GatewayEvents {
  confirmed: [holdId: string, chargeId: string];
  declined: [holdId: string, reason: string];
  error: [err: Error];
}

export interface SerialPort {
  write(line: string): boolean;
}

export class CardTerminal extends EventEmitter<GatewayEvents> {
  constructor(private readonly port: SerialPort) {
    super();
  }

  requestHold(holdId: string, amountCents: number): void {
    // the physical terminal answers asynchronously via 'confirmed' / 'declined' events
    this.port.write(`HOLD ${holdId} ${amountCents}\n`);
  }
}

export class DepositHoldError extends Error {
  constructor(message: string, readonly holdId: string) {
    super(message);
    this.name = 'DepositHoldError';
  }
}

export class DepositDesk {
  constructor(
    private readonly terminal: CardTerminal,
    private readonly holdWindowMs = 90_000,
  ) {}

  takeDeposit(req: DepositRequest): Promise<string> {
    const holdId = randomUUID();

    return new Promise<string>((resolve, reject) => {
      const cleanup = () => {
        this.terminal.off('confirmed', onConfirmed);
        this.terminal.off('declined', onDeclined);
        this.terminal.off('error', onError);
      };

      const onConfirmed = (id: string, chargeId: string) => {
        if (id !== holdId) return;
        cleanup();
        resolve(chargeId);
      };
      const onDeclined = (id: string, reason: string) => {
        if (id !== holdId) return;
        cleanup();
        reject(new DepositHoldError(`card declined: ${reason}`, holdId));
      };
      const onError = (err: Error) => {
        cleanup();
        reject(new DepositHoldError(err.message, holdId));
      };

      setTimeout(() => {
        cleanup();
        reject(new DepositHoldError(`client did not tap card within ${this.holdWindowMs / 1000}s`, holdId));
      }, this.holdWindowMs);

      this.terminal.on('confirmed', onConfirmed);
      this.terminal.on('declined', onDeclined);
      this.terminal.on('error', onError);
      this.terminal.requestHold(holdId, req.amountCents);
    });
  }
}

export async function bookWithDeposit(desk: DepositDesk, req: DepositRequest): Promise<{ chargeId: string; slot: string }> {
  const chargeId = await desk.takeDeposit(req);
  return { chargeId, slot: `${req.artist}@${req.slotStart.toISOString()}` };
}
