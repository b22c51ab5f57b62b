// expect: no-promise-as-value
// lookupGate() is async but its un-awaited result is interpolated into the SMS body, so passengers receive "Gate: [object Promise]".
import { setTimeout as sleep } from 'node:timers/promises';

interface Sailing {
  id: string;
  route: string;
  departsAt: Date;
  vesselCode: string;
}

interface Booking {
  ref: string;
  passengerName: string;
  phone: string;
  sailing: Sailing;
  vehicle?: { plate: string; lengthM: number; heightM: number };
}

declare const portApi: {
  assignedGate(sailingId: string, vesselCode: string): Promise<string>;
};
declare const sms: {
  send(to: string, body: string): Promise<{ messageId: string }>;
};
declare const bookings: {
  findPendingNotifications(limit: number): Promise<Booking[]>;
  markNotified(ref: string, messageId: string): Promise<void>;
  markFailed(ref: string, reason: string): Promise<void>;
};

const TIME_FMT = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/London',
});

// Vehicles over 1.85m or 5m go to the freight lanes on the lower deck.
function laneFor(vehicle: NonNullable<Booking['vehicle']>): string {
  if (vehicle.heightM > 1.85) return 'Lane 7 (high vehicles)';
  if (vehicle.lengthM > 5) return 'Lane 6 (long vehicles)';
  return 'Lanes 1-5';
}

async function lookupGate(sailing: Sailing): Promise<string> {
  try {
    return await portApi.assignedGate(sailing.id, sailing.vesselCode);
  } catch {
    return 'see departure boards';
  }
}

export async function sendBoardingPass(booking: Booking): Promise<string> {
  const { sailing, vehicle } = booking;
  const checkInMinutes = vehicle ? 45 : 20;
  const checkInCloses = new Date(sailing.departsAt.getTime() - checkInMinutes * 60_000);
  const gate = lookupGate(sailing);

  const body = [
    `Hi ${booking.passengerName}, your ${sailing.route} crossing departs at ${TIME_FMT.format(sailing.departsAt)}.`,
    `Check-in closes ${TIME_FMT.format(checkInCloses)}. Gate: ${gate}.`,
    vehicle
      ? `Vehicle ${vehicle.plate}: please queue in ${laneFor(vehicle)}.`
      : 'Foot passengers board via the upper walkway.',
    `Booking ref ${booking.ref}`,
  ].join('\n');

  const { messageId } = await sms.send(booking.phone, body);
  await bookings.markNotified(booking.ref, messageId);
  return messageId;
}

export async function drainNotifications(batchSize = 25): Promise<number> {
  let sent = 0;
  for (;;) {
    const batch = await bookings.findPendingNotifications(batchSize);
    if (batch.length === 0) return sent;
    for (const booking of batch) {
      try {
        await sendBoardingPass(booking);
        sent++;
      } catch (err) {
        await bookings.markFailed(booking.ref, err instanceof Error ? err.message : String(err));
      }
      // the SMS gateway throttles us at roughly 10 msg/s
      await sleep(110);
    }
  }
}
