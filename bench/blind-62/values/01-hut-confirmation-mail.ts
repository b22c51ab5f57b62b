// expect: no-promise-as-value
// the confirmation text interpolates this.depositDue(booking), an async method, so guests are told their deposit is "[object Promise]"
export interface HutBooking {
  ref: string;
  hutId: string;
  guestName: string;
  guestEmail: string;
  nights: string[];
  party: number;
  halfBoard: boolean;
}

interface HutInfo {
  name: string;
  altitudeM: number;
  wardenPhone: string;
  currency: "EUR" | "CHF";
}

declare const hutDirectory: {
  get(hutId: string): Promise<HutInfo>;
};
declare const tariffs: {
  nightlyRate(hutId: string, halfBoard: boolean): Promise<number>;
  depositPolicy(hutId: string): Promise<{ pct: number; minimum: number }>;
};
declare const mailer: {
  send(to: string, subject: string, body: string): Promise<void>;
};

function formatNights(nights: string[]): string {
  if (nights.length === 1) return nights[0];
  return `${nights[0]} – ${nights[nights.length - 1]} (${nights.length} nights)`;
}

export class ConfirmationMailer {
  private async totalPrice(booking: HutBooking): Promise<number> {
    const rate = await tariffs.nightlyRate(booking.hutId, booking.halfBoard);
    return rate * booking.party * booking.nights.length;
  }

  private async depositDue(booking: HutBooking): Promise<string> {
    const [total, policy, hut] = await Promise.all([
      this.totalPrice(booking),
      tariffs.depositPolicy(booking.hutId),
      hutDirectory.get(booking.hutId),
    ]);
    const amount = Math.max(policy.minimum, Math.round((total * policy.pct) / 100));
    return `${hut.currency} ${amount.toFixed(2)}`;
  }

  async send(booking: HutBooking): Promise<void> {
    const hut = await hutDirectory.get(booking.hutId);
    const total = await this.totalPrice(booking);

    const body = [
      `Dear ${booking.guestName},`,
      "",
      `your reservation ${booking.ref} at ${hut.name} (${hut.altitudeM} m) is confirmed.`,
      `Dates: ${formatNights(booking.nights)}`,
      `Party: ${booking.party}${booking.halfBoard ? ", half board" : ", self-catering"}`,
      `Total: ${hut.currency} ${total.toFixed(2)}`,
      `Deposit due within 7 days: ${this.depositDue(booking)}`,
      "",
      `If you are delayed, please call the warden on ${hut.wardenPhone} before 6 pm.`,
      "Bring a sleeping-bag liner; duvets are provided.",
    ].join("\n");

    await mailer.send(booking.guestEmail, `Hut booking ${booking.ref} confirmed`, body);
  }
}
