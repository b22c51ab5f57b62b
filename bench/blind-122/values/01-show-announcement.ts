// expect: no-promise-as-value
// seatsRemaining is async but is interpolated into the lobby message without await, so the display shows "[object Promise] seats left".
export interface DomeShow {
  id: string;
  title: string;
  startsAt: Date;
  capacity: number;
  narrator?: string;
}

export interface BookingLedger {
  bookedSeats(showId: string): Promise<number>;
}

export interface LobbyDisplay {
  show(lines: string[]): Promise<void>;
}

function formatTime(d: Date): string {
  return d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
}

export class LobbyAnnouncer {
  constructor(
    private readonly ledger: BookingLedger,
    private readonly display: LobbyDisplay,
  ) {}

  async seatsRemaining(show: DomeShow): Promise<number> {
    const booked = await this.ledger.bookedSeats(show.id);
    return Math.max(0, show.capacity - booked);
  }

  async announceUpcoming(shows: DomeShow[], now = new Date()): Promise<string[]> {
    const upcoming = shows
      .filter((s) => s.startsAt.getTime() > now.getTime())
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
      .slice(0, 4);

    if (upcoming.length === 0) {
      const lines = ['No more shows today — thank you for visiting!'];
      await this.display.show(lines);
      return lines;
    }

    const lines = upcoming.map((show) => {
      const narrator = show.narrator ? ` with ${show.narrator}` : '';
      return `${formatTime(show.startsAt)}  ${show.title}${narrator} — ${this.seatsRemaining(show)} seats left`;
    });

    await this.display.show(lines);
    return lines;
  }

  async isSoldOut(show: DomeShow): Promise<boolean> {
    return (await this.seatsRemaining(show)) === 0;
  }
}

export function minutesUntil(show: DomeShow, now = new Date()): number {
  return Math.round((show.startsAt.getTime() - now.getTime()) / 60_000);
}
