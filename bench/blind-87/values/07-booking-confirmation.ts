// expect: no-promise-as-value
// formatDeposit() became async when it started looking up payments, but the SMS template still interpolates its promise, so clients read "[object Promise]".
interface Booking {
  id: string;
  clientName: string;
  phone: string;
  artistId: string;
  startsAt: Date;
  hours: number;
  placement: string;
}

interface Artist {
  id: string;
  name: string;
  hourlyRatePence: number;
  depositPct: number;
}

declare const artists: { get(id: string): Promise<Artist> };
declare const payments: { sumFor(bookingId: string): Promise<number> };
declare const sms: { send(to: string, body: string): Promise<{ sid: string }> };
declare const audit: { log(event: string, data: Record<string, unknown>): Promise<void> };

const money = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });

function formatSlot(d: Date): string {
  return d.toLocaleString('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  });
}

async function formatDeposit(booking: Booking, artist: Artist): Promise<string> {
  const total = artist.hourlyRatePence * booking.hours;
  const deposit = Math.round((total * artist.depositPct) / 100);
  const paid = await payments.sumFor(booking.id);
  const owed = Math.max(0, deposit - paid);
  return owed === 0 ? 'deposit paid, thank you' : `deposit of ${money.format(owed / 100)} due 48h before`;
}

export async function sendBookingConfirmation(booking: Booking): Promise<string> {
  const artist = await artists.get(booking.artistId);
  const body =
    `Hi ${booking.clientName}, you're booked with ${artist.name} on ${formatSlot(booking.startsAt)} ` +
    `for your ${booking.placement} piece (${booking.hours}h). ` +
    `Status: ${formatDeposit(booking, artist)}. ` +
    'Eat beforehand, skip alcohol the night before, and reply MOVE to reschedule.';

  const { sid } = await sms.send(booking.phone, body);
  await audit.log('booking-confirmation-sent', { bookingId: booking.id, sid });
  return sid;
}

export async function confirmDay(bookings: Booking[]): Promise<{ sent: number; failed: string[] }> {
  const failed: string[] = [];
  let sent = 0;
  for (const b of bookings) {
    try {
      await sendBookingConfirmation(b);
      sent += 1;
    } catch (err) {
      failed.push(`${b.id}: ${(err as Error).message}`);
    }
  }
  return { sent, failed };
}
