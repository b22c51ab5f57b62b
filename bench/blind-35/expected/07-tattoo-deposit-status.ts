// expect: none
// The poll loop calls getPaymentStatus afresh on every iteration, and the artist promise is awaited twice only to reuse the same already-loaded value.
import { setTimeout as sleep } from 'node:timers/promises';

export type PaymentStatus = 'pending' | 'authorised' | 'captured' | 'declined' | 'expired';

export interface Artist {
  id: string;
  name: string;
  depositPence: number;
  cancellationHours: number;
}

export interface Appointment {
  id: string;
  artistId: string;
  clientEmail: string;
  startsAt: string;
  design: string;
  sessionHours: number;
}

declare const payments: {
  getPaymentStatus(intentId: string): Promise<{ status: PaymentStatus; amountPence: number }>;
  createDepositIntent(appointmentId: string, amountPence: number): Promise<{ intentId: string; checkoutUrl: string }>;
};

declare const studioDb: {
  artist(id: string): Promise<Artist>;
  appointment(id: string): Promise<Appointment>;
  markConfirmed(appointmentId: string, intentId: string): Promise<void>;
};

declare const mailer: {
  send(to: string, subject: string, body: string): Promise<void>;
};

export async function waitForDeposit(intentId: string, timeoutMs = 15 * 60_000, pollMs = 5_000): Promise<PaymentStatus> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { status } = await payments.getPaymentStatus(intentId);
    if (status !== 'pending') return status;
    await sleep(pollMs);
  }
  return 'expired';
}

function depositFor(artist: Artist, appointment: Appointment): number {
  // Long sessions carry a larger deposit because a no-show blocks the whole day.
  return appointment.sessionHours >= 5 ? artist.depositPence * 2 : artist.depositPence;
}

export async function requestDeposit(
  appointmentId: string,
  artistId: string,
): Promise<{ checkoutUrl: string; intentId: string }> {
  const artistLoad = studioDb.artist(artistId);
  const [artist, appointment] = await Promise.all([artistLoad, studioDb.appointment(appointmentId)]);
  if (appointment.artistId !== artistId) {
    throw new Error(`appointment ${appointmentId} is booked with another artist`);
  }
  const intent = await payments.createDepositIntent(appointmentId, depositFor(artist, appointment));
  await mailer.send(appointment.clientEmail, 'Your tattoo deposit', await depositEmail(appointment, artistLoad, intent.checkoutUrl));
  return intent;
}

async function depositEmail(appointment: Appointment, artist: Promise<Artist>, checkoutUrl: string): Promise<string> {
  const { name, cancellationHours } = await artist;
  return [
    `Hi! To confirm your ${appointment.design} session with ${name} on ${appointment.startsAt}, please pay the deposit:`,
    checkoutUrl,
    `Deposits are refundable up to ${cancellationHours} hours before the appointment.`,
  ].join('\n\n');
}

export async function confirmWhenPaid(appointmentId: string, intentId: string): Promise<boolean> {
  const status = await waitForDeposit(intentId);
  if (status === 'authorised' || status === 'captured') {
    await studioDb.markConfirmed(appointmentId, intentId);
    return true;
  }
  return false;
}
