// expect: no-floating-promises
// sendReminders uses tours.forEach(async ...) so the per-tour sends are dropped: failures are unhandled and the summary is logged before any message goes out.
export interface GlacierTour {
  tourId: string;
  meetingPoint: string;
  departsAt: Date;
  difficulty: "family" | "standard" | "ice-climb";
}

export interface Guest {
  guestId: string;
  name: string;
  phone: string;
  language: "en" | "de" | "is" | "fr";
  bootsRented: boolean;
}

declare const tours: { forDate(date: string): Promise<GlacierTour[]> };
declare const guests: { forTour(tourId: string): Promise<Guest[]> };
declare const sms: { send(phone: string, body: string): Promise<{ id: string }> };
declare const log: { info(msg: string, fields?: Record<string, unknown>): void };

const GREETING: Record<Guest["language"], string> = {
  en: "Hi",
  de: "Hallo",
  is: "Halló",
  fr: "Bonjour",
};

function packingList(tour: GlacierTour, guest: Guest): string {
  const items = ["warm layers", "waterproof jacket", "gloves"];
  if (!guest.bootsRented) items.push("stiff hiking boots");
  if (tour.difficulty === "ice-climb") items.push("helmet-compatible hat");
  return items.join(", ");
}

function reminderText(tour: GlacierTour, guest: Guest): string {
  const time = tour.departsAt.toISOString().slice(11, 16);
  return (
    `${GREETING[guest.language]} ${guest.name}! Your ice cave tour leaves ${time} UTC from ` +
    `${tour.meetingPoint}. Please bring: ${packingList(tour, guest)}.`
  );
}

export class ReminderService {
  private sentToday = 0;

  async sendReminders(date: string): Promise<void> {
    const todays = await tours.forDate(date);
    const upcoming = todays.filter((t) => t.departsAt.getTime() > Date.now());

    upcoming.forEach(async (tour) => {
      const party = await guests.forTour(tour.tourId);
      for (const guest of party) {
        await sms.send(guest.phone, reminderText(tour, guest));
        this.sentToday++;
      }
    });

    log.info("tour reminders dispatched", { date, tours: upcoming.length, skipped: todays.length - upcoming.length });
  }

  get remindersSent(): number {
    return this.sentToday;
  }

  resetCounter(): void {
    this.sentToday = 0;
  }
}
