// expect: no-promise-as-value
// formatDeposit became async when it started converting currencies, but sendDepositNotice still interpolates it unawaited, so the SMS says "[object Promise]".
export interface Rental {
  rentalId: string;
  renterName: string;
  phone: string;
  hullId: string;
  hours: number;
  depositMinor: number;
  renterCurrency: string;
  returnBy: Date;
}

declare const fxRates: {
  convert(amountMinor: number, from: string, to: string): Promise<number>;
};

declare const smsGateway: {
  send(to: string, body: string): Promise<{ messageId: string }>;
};

declare const dockLedger: {
  recordNotice(rentalId: string, messageId: string, kind: 'deposit' | 'late'): Promise<void>;
};

const DOCK_CURRENCY = 'EUR';

function formatMoney(amountMinor: number, currency: string): string {
  return new Intl.NumberFormat('en-GB', { style: 'currency', currency }).format(amountMinor / 100);
}

export async function formatDeposit(rental: Rental): Promise<string> {
  const local = formatMoney(rental.depositMinor, DOCK_CURRENCY);
  if (rental.renterCurrency === DOCK_CURRENCY) return local;
  const converted = await fxRates.convert(rental.depositMinor, DOCK_CURRENCY, rental.renterCurrency);
  return `${local} (about ${formatMoney(converted, rental.renterCurrency)})`;
}

function formatReturnTime(date: Date): string {
  return date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
}

export async function sendDepositNotice(rental: Rental): Promise<string> {
  const firstName = rental.renterName.split(' ')[0] ?? rental.renterName;
  const body =
    `Hi ${firstName}, kayak ${rental.hullId} is yours for ${rental.hours}h. ` +
    `A deposit of ${formatDeposit(rental)} is held on your card and released when the ` +
    `boat is back at the dock by ${formatReturnTime(rental.returnBy)}.`;

  const { messageId } = await smsGateway.send(rental.phone, body);
  await dockLedger.recordNotice(rental.rentalId, messageId, 'deposit');
  return messageId;
}

export async function sendLateNotice(rental: Rental, now = new Date()): Promise<string | null> {
  const minutesLate = Math.floor((now.getTime() - rental.returnBy.getTime()) / 60_000);
  if (minutesLate < 15) return null;

  const body =
    `Hi ${rental.renterName}, kayak ${rental.hullId} was due back ${minutesLate} minutes ago. ` +
    `Please paddle to the nearest pontoon or call the dock.`;
  const { messageId } = await smsGateway.send(rental.phone, body);
  await dockLedger.recordNotice(rental.rentalId, messageId, 'late');
  return messageId;
}

export async function morningNotices(rentals: Rental[]): Promise<number> {
  let sent = 0;
  for (const rental of rentals) {
    if (!rental.phone) continue;
    await sendDepositNotice(rental);
    sent++;
  }
  return sent;
}
