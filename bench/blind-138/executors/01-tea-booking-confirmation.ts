// expect: none
// Every outcome (confirmed, declined, channel error, timeout, submit throwing) settles exactly once through a shared cleanup that removes all listeners and clears the timer.
import { EventEmitter } from 'node:events';

export interface BookingRequest {
  bookingId: string;
  teaHouse: string;
  guests: number;
  ceremony: 'chaji' | 'chakai' | 'usucha';
  startsAt: Date;
}

export interface Confirmation {
  bookingId: string;
  tatamiRoom: string;
  hostName: string;
}

export class BookingDeclinedError extends Error {
  constructor(readonly bookingId: string, readonly reason: string) {
    super(`Booking ${bookingId} declined: ${reason}`);
    this.name = 'BookingDeclinedError';
  }
}

export interface TeaHouseChannel extends EventEmitter {
  submit(request: BookingRequest): void;
}

export function requestBooking(
  channel: TeaHouseChannel,
  request: BookingRequest,
  timeoutMs = 30_000,
): Promise<Confirmation> {
  return new Promise<Confirmation>((resolve, reject) => {
    const onConfirmed = (confirmation: Confirmation) => {
      if (confirmation.bookingId !== request.bookingId) return;
      cleanup();
      resolve(confirmation);
    };
    const onDeclined = (bookingId: string, reason: string) => {
      if (bookingId !== request.bookingId) return;
      cleanup();
      reject(new BookingDeclinedError(bookingId, reason));
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`No reply from ${request.teaHouse} within ${timeoutMs}ms`));
    }, timeoutMs);

    function cleanup(): void {
      clearTimeout(timer);
      channel.off('confirmed', onConfirmed);
      channel.off('declined', onDeclined);
      channel.off('error', onError);
    }

    channel.on('confirmed', onConfirmed);
    channel.on('declined', onDeclined);
    channel.on('error', onError);

    try {
      channel.submit(request);
    } catch (err) {
      cleanup();
      reject(err);
    }
  });
}

export async function bookFirstAvailable(
  channels: Map<string, TeaHouseChannel>,
  request: Omit<BookingRequest, 'teaHouse'>,
  preferredHouses: string[],
): Promise<Confirmation & { teaHouse: string }> {
  const declines: string[] = [];
  for (const teaHouse of preferredHouses) {
    const channel = channels.get(teaHouse);
    if (!channel) continue;
    try {
      const confirmation = await requestBooking(channel, { ...request, teaHouse });
      return { ...confirmation, teaHouse };
    } catch (err) {
      if (err instanceof BookingDeclinedError) {
        declines.push(`${teaHouse}: ${err.reason}`);
        continue;
      }
      throw err;
    }
  }
  throw new Error(`No tea house accepted booking ${request.bookingId} (${declines.join('; ') || 'no channels'})`);
}
