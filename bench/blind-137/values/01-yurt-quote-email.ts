// expect: none
// Every rate lookup is awaited before it is interpolated into the email text or serialised into the request body.
export interface RateService {
  nightlyRatePence(siteId: string, yurtClass: YurtClass, arrive: string): Promise<number>;
  extrasTotalPence(extras: Extra[]): Promise<number>;
}

export type YurtClass = 'standard' | 'family' | 'glamping-deluxe';
export type Extra = 'firewood' | 'hot-tub' | 'breakfast-hamper' | 'dog';

export interface Booking {
  reference: string;
  guest: string;
  email: string;
  siteId: string;
  siteName: string;
  yurtClass: YurtClass;
  arrive: string;
  nights: number;
  extras: Extra[];
}

function formatGbp(pence: number): string {
  return new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' }).format(pence / 100);
}

export async function composeQuoteEmail(booking: Booking, rates: RateService): Promise<string> {
  const nightly = await rates.nightlyRatePence(booking.siteId, booking.yurtClass, booking.arrive);
  const extras = await rates.extrasTotalPence(booking.extras);
  const total = nightly * booking.nights + extras;
  const deposit = Math.ceil(total * 0.3);

  return [
    `Hello ${booking.guest},`,
    '',
    `Thanks for choosing ${booking.siteName}. Your ${booking.yurtClass} yurt for ${booking.nights} night(s) from ${booking.arrive}:`,
    `  Nightly rate: ${formatGbp(nightly)}`,
    `  Extras (${booking.extras.join(', ') || 'none'}): ${formatGbp(extras)}`,
    `  Total: ${formatGbp(total)}, deposit due now ${formatGbp(deposit)}`,
    '',
    `Quote reference ${booking.reference} is held for 48 hours.`,
  ].join('\n');
}

export async function sendQuote(mailerUrl: string, booking: Booking, rates: RateService): Promise<string> {
  const body = await composeQuoteEmail(booking, rates);
  const res = await fetch(`${mailerUrl}/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      to: booking.email,
      subject: `Your yurt quote ${booking.reference}`,
      text: body,
    }),
  });
  if (!res.ok) throw new Error(`mailer rejected quote ${booking.reference}: ${res.status}`);
  const { id } = (await res.json()) as { id: string };
  return id;
}
