// expect: no-promise-as-value
// confirmTomorrow filters with the async hasPaidDeposit, whose promise is always truthy, so bookings without a deposit are confirmed too.
export interface GroomingBooking {
  bookingId: string;
  ownerName: string;
  ownerEmail: string;
  dogName: string;
  breedSize: "toy" | "small" | "medium" | "large" | "giant";
  coat: "short" | "double" | "curly" | "wire";
  startsAt: Date;
  groomer: string;
}

declare const payments: {
  depositFor(bookingId: string): Promise<{ amountCents: number; status: "paid" | "pending" | "refunded" } | null>;
};

declare const salonCalendar: {
  bookingsOn(day: string): Promise<GroomingBooking[]>;
  confirm(bookingId: string): Promise<void>;
  releaseSlot(bookingId: string, reason: string): Promise<void>;
};

declare const mailer: {
  send(to: string, subject: string, text: string): Promise<void>;
};

const DURATION_MIN: Record<GroomingBooking["breedSize"], number> = {
  toy: 45,
  small: 60,
  medium: 90,
  large: 120,
  giant: 150,
};

async function hasPaidDeposit(bookingId: string): Promise<boolean> {
  const deposit = await payments.depositFor(bookingId);
  return deposit !== null && deposit.status === "paid" && deposit.amountCents > 0;
}

function estimatedMinutes(b: GroomingBooking): number {
  const coatExtra = b.coat === "double" || b.coat === "curly" ? 30 : b.coat === "wire" ? 20 : 0;
  return DURATION_MIN[b.breedSize] + coatExtra;
}

function confirmationText(b: GroomingBooking): string {
  const time = b.startsAt.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" });
  return [
    `Hi ${b.ownerName},`,
    ``,
    `${b.dogName}'s appointment with ${b.groomer} is confirmed for tomorrow at ${time}.`,
    `Please allow about ${estimatedMinutes(b)} minutes.`,
    ``,
    `See you then!`,
  ].join("\n");
}

export async function confirmTomorrow(day: string): Promise<{ confirmed: string[]; released: string[] }> {
  const bookings = await salonCalendar.bookingsOn(day);
  const withDeposit = bookings.filter((b) => hasPaidDeposit(b.bookingId));
  const withoutDeposit = bookings.filter((b) => !withDeposit.includes(b));

  for (const booking of withDeposit) {
    await salonCalendar.confirm(booking.bookingId);
    await mailer.send(booking.ownerEmail, `${booking.dogName}'s grooming tomorrow`, confirmationText(booking));
  }

  for (const booking of withoutDeposit) {
    await salonCalendar.releaseSlot(booking.bookingId, "no deposit 24h before appointment");
    await mailer.send(
      booking.ownerEmail,
      `We couldn't hold ${booking.dogName}'s appointment`,
      `Hi ${booking.ownerName}, we didn't receive a deposit, so tomorrow's slot has been released.`,
    );
  }

  return {
    confirmed: withDeposit.map((b) => b.bookingId),
    released: withoutDeposit.map((b) => b.bookingId),
  };
}
