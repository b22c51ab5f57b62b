// expect: none
// The host and room lookups are awaited before being interpolated, so the confirmation text contains their resolved values rather than promises.
export interface TeaBooking {
  bookingId: string;
  guestName: string;
  teaHouseId: string;
  roomId: string;
  hostId: string;
  startsAt: Date;
  guests: number;
}

export interface Directory {
  hostName(hostId: string): Promise<string>;
  roomLabel(teaHouseId: string, roomId: string): Promise<{ label: string; tatami: number }>;
}

export interface SmsGateway {
  send(to: string, body: string): Promise<{ sid: string }>;
}

const seasonalSweets: Array<[number, string]> = [
  [2, 'hanabiramochi'],
  [5, 'sakuramochi'],
  [8, 'mizu yokan'],
  [11, 'kuri kinton'],
];

function sweetFor(date: Date): string {
  const month = date.getMonth();
  for (const [until, sweet] of seasonalSweets) {
    if (month <= until) return sweet;
  }
  return 'hanabiramochi';
}

export class ConfirmationSender {
  constructor(private readonly directory: Directory, private readonly sms: SmsGateway) {}

  async compose(booking: TeaBooking): Promise<string> {
    const [host, room] = await Promise.all([
      this.directory.hostName(booking.hostId),
      this.directory.roomLabel(booking.teaHouseId, booking.roomId),
    ]);
    const when = booking.startsAt.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
    const crowded = booking.guests > room.tatami ? ' (we will open the adjoining room)' : '';
    return (
      `Dear ${booking.guestName}, your ceremony with ${host} is confirmed for ${when} ` +
      `in the ${room.label}${crowded}. Today's sweet: ${sweetFor(booking.startsAt)}. Ref ${booking.bookingId}.`
    );
  }

  async send(booking: TeaBooking, phone: string): Promise<string> {
    const body = await this.compose(booking);
    const { sid } = await this.sms.send(phone, body);
    return sid;
  }
}
