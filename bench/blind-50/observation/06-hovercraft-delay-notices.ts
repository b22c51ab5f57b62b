// expect: no-unchecked-settled-results
// notifyDelay casts every allSettled result to fulfilled and reads .value, so one failed SMS makes receipts contain undefined and the mapping throws.

export interface Passenger {
  ticket: string;
  name: string;
  phone: string;
  crossingId: string;
}

export interface SmsReceipt {
  messageId: string;
  acceptedAt: string;
}

export interface DelayNotice {
  crossingId: string;
  minutes: number;
  reason: 'weather' | 'tide' | 'mechanical' | 'crew';
}

declare const sms: {
  send(phone: string, text: string): Promise<SmsReceipt>;
};

declare const bookings: {
  passengersOn(crossingId: string): Promise<Passenger[]>;
  recordNotices(crossingId: string, messageIds: string[]): Promise<void>;
};

declare const harbourLog: {
  info(msg: string, meta?: Record<string, unknown>): void;
};

const REASON_TEXT: Record<DelayNotice['reason'], string> = {
  weather: 'sea conditions',
  tide: 'low tide at the slipway',
  mechanical: 'a technical check on the craft',
  crew: 'crew availability',
};

export function delayMessage(notice: DelayNotice, passenger: Passenger): string {
  const firstName = passenger.name.split(' ')[0] ?? passenger.name;
  const when = notice.minutes >= 60 ? `${Math.round(notice.minutes / 60)}h` : `${notice.minutes} min`;
  return `Hi ${firstName}, hovercraft crossing ${notice.crossingId} is delayed by ${when} due to ${REASON_TEXT[notice.reason]}. Ticket ${passenger.ticket} remains valid.`;
}

function dedupeByPhone(passengers: Passenger[]): Passenger[] {
  const seen = new Set<string>();
  return passengers.filter((p) => {
    const key = p.phone.replace(/\s+/g, '');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export async function notifyDelay(notice: DelayNotice): Promise<number> {
  const passengers = dedupeByPhone(await bookings.passengersOn(notice.crossingId));
  if (passengers.length === 0) return 0;

  const results = await Promise.allSettled(passengers.map((p) => sms.send(p.phone, delayMessage(notice, p))));
  const receipts = results.map((r) => (r as PromiseFulfilledResult<SmsReceipt>).value);

  await bookings.recordNotices(
    notice.crossingId,
    receipts.map((r) => r.messageId),
  );
  harbourLog.info('delay notices sent', { crossingId: notice.crossingId, count: receipts.length });
  return receipts.length;
}
