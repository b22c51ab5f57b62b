// expect: no-promise-as-value
// The reminder text interpolates lanternDesk.pickupWindow(...), which is async, so guests are told to collect lanterns at "[object Promise]".
export interface TourBooking {
  reference: string;
  guestName: string;
  phone: string;
  tube: "upper-cave" | "skylight-passage" | "lava-falls";
  startsAt: Date;
  party: number;
}

interface GearDesk {
  pickupWindow(tube: TourBooking["tube"], startsAt: Date): Promise<string>;
  helmetsReserved(reference: string): Promise<number>;
}

declare const lanternDesk: GearDesk;
declare const sms: { send(to: string, body: string): Promise<{ id: string }> };
declare const bookings: { startingBetween(from: Date, to: Date): Promise<TourBooking[]> };

const TUBE_NAMES: Record<TourBooking["tube"], string> = {
  "upper-cave": "Upper Cave",
  "skylight-passage": "Skylight Passage",
  "lava-falls": "Lava Falls",
};

const KIT_NOTES: Record<TourBooking["tube"], string> = {
  "upper-cave": "closed-toe shoes",
  "skylight-passage": "closed-toe shoes and a warm layer (8C inside)",
  "lava-falls": "boots, gloves and knee pads",
};

function formatTime(date: Date): string {
  return date.toLocaleTimeString("en-US", { hour: "numeric", minute: "2-digit" });
}

export async function reminderText(booking: TourBooking): Promise<string> {
  const helmets = await lanternDesk.helmetsReserved(booking.reference);
  const missingHelmets = booking.party - helmets;
  const lines = [
    `Hi ${booking.guestName}, your ${TUBE_NAMES[booking.tube]} tour starts at ${formatTime(booking.startsAt)}.`,
    `Collect lanterns at the gear hut between ${lanternDesk.pickupWindow(booking.tube, booking.startsAt)}.`,
    `Please bring ${KIT_NOTES[booking.tube]}.`,
  ];
  if (missingHelmets > 0) {
    lines.push(`We still need helmet sizes for ${missingHelmets} of your party - reply with S/M/L.`);
  }
  lines.push(`Ref ${booking.reference}`);
  return lines.join("\n");
}

export async function sendTomorrowsReminders(now = new Date()): Promise<string[]> {
  const from = new Date(now);
  from.setDate(from.getDate() + 1);
  from.setHours(0, 0, 0, 0);
  const to = new Date(from);
  to.setDate(to.getDate() + 1);

  const sent: string[] = [];
  for (const booking of await bookings.startingBetween(from, to)) {
    const body = await reminderText(booking);
    const { id } = await sms.send(booking.phone, body);
    sent.push(id);
  }
  return sent;
}
