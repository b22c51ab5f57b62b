// expect: none
// The seat-hold timer is cleared in the shared cleanup that runs on confirm, release and error, so the executor settles once and no stray timer rejects later.
import { EventEmitter } from 'node:events';

export type SeatId = `${string}-${number}`;

export interface HoldResult {
  seats: SeatId[];
  orderRef: string;
}

interface BoxOfficeEvents {
  'hold:confirmed': [orderRef: string, seats: SeatId[]];
  'hold:released': [orderRef: string, reason: string];
  error: [err: Error];
}

export interface LineWriter {
  write(chunk: string): boolean;
}

export class BoxOfficeLink extends EventEmitter<BoxOfficeEvents> {
  constructor(private readonly out: LineWriter) {
    super();
  }

  send(command: string, payload: Record<string, unknown>): void {
    this.out.write(`${command} ${JSON.stringify(payload)}\n`);
  }
}

export class SeatHoldTimeout extends Error {
  override name = 'SeatHoldTimeout';
}

export function holdSeats(link: BoxOfficeLink, orderRef: string, seats: SeatId[], ttlMs = 8 * 60_000): Promise<HoldResult> {
  return new Promise<HoldResult>((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      link.send('release', { orderRef });
      reject(new SeatHoldTimeout(`hold ${orderRef} expired after ${ttlMs}ms`));
    }, ttlMs);

    function cleanup(): void {
      clearTimeout(timer);
      link.off('hold:confirmed', onConfirmed);
      link.off('hold:released', onReleased);
      link.off('error', onError);
    }

    function onConfirmed(ref: string, held: SeatId[]): void {
      if (ref !== orderRef) return;
      cleanup();
      resolve({ seats: held, orderRef });
    }

    function onReleased(ref: string, reason: string): void {
      if (ref !== orderRef) return;
      cleanup();
      reject(new Error(`seats for ${orderRef} released by box office: ${reason}`));
    }

    function onError(err: Error): void {
      cleanup();
      reject(err);
    }

    link.on('hold:confirmed', onConfirmed);
    link.on('hold:released', onReleased);
    link.on('error', onError);
    link.send('hold', { orderRef, seats });
  });
}

export async function reserveForGala(link: BoxOfficeLink, orderRef: string, seats: SeatId[]): Promise<string> {
  const { seats: held } = await holdSeats(link, orderRef, seats);
  return `Held ${held.length} seat(s) for ${orderRef}: ${held.join(', ')}`;
}
