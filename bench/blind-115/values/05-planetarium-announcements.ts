// expect: no-promise-as-value
// minutesUntilDoors is async but is interpolated into the announcement template without await, so the PA reads out "[object Promise]" instead of a number.
export interface ShowListing {
  showId: string;
  title: string;
  startsAt: Date;
  dome: 'main' | 'mini';
  language: 'en' | 'de' | 'fr';
}

export interface DoorSchedule {
  doorsOpenAt(showId: string): Promise<Date>;
}

export interface PublicAddress {
  speak(zone: string, text: string, options?: { chime?: boolean; repeat?: number }): Promise<void>;
}

export interface SeatCounter {
  seatsLeft(showId: string): Promise<number>;
}

const ZONE: Record<ShowListing['dome'], string> = { main: 'foyer-north', mini: 'foyer-south' };

export class ShowAnnouncer {
  constructor(
    private readonly doors: DoorSchedule,
    private readonly pa: PublicAddress,
    private readonly seats: SeatCounter,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async announceUpcoming(show: ShowListing): Promise<string> {
    const left = await this.seats.seatsLeft(show.showId);
    const availability = left === 0 ? 'This show is sold out.' : `${left} seats remain at the box office.`;

    const text =
      `Ladies and gentlemen, doors for "${show.title}" in the ${show.dome} dome open in ` +
      `${this.minutesUntilDoors(show)} minutes. ${availability}`;

    await this.pa.speak(ZONE[show.dome], text, { chime: true });
    return text;
  }

  async announceAll(shows: ShowListing[]): Promise<number> {
    let spoken = 0;
    for (const show of shows) {
      if (show.language !== 'en') continue;
      await this.announceUpcoming(show);
      spoken++;
    }
    return spoken;
  }

  private async minutesUntilDoors(show: ShowListing): Promise<number> {
    const opens = await this.doors.doorsOpenAt(show.showId);
    return Math.max(0, Math.round((opens.getTime() - this.clock().getTime()) / 60_000));
  }
}
