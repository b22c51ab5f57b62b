// expect: none
// The roster await happens in the async function before the executor, and the executor's callback returns after reject, so every path settles exactly once.
export interface Attendee {
  email: string;
  name: string;
  needsEasel: boolean;
}

export interface Seat {
  workshopId: string;
  seatNo: number;
  easelTag?: string;
}

interface Roster {
  workshopId: string;
  capacity: number;
  booked: number;
  easelsFree: number;
  startsAt: string;
}

declare function loadRoster(workshopId: string): Promise<Roster>;

declare const bookingClient: {
  reserve(
    workshopId: string,
    attendee: Attendee,
    cb: (err: Error | null, seat?: Seat) => void,
  ): void;
};

declare const mailer: {
  sendConfirmation(to: string, subject: string, body: string): Promise<void>;
};

export class WorkshopFullError extends Error {
  constructor(readonly workshopId: string) {
    super(`workshop ${workshopId} is full`);
    this.name = 'WorkshopFullError';
  }
}

function reserveViaClient(workshopId: string, attendee: Attendee): Promise<Seat> {
  return new Promise<Seat>((resolve, reject) => {
    bookingClient.reserve(workshopId, attendee, (err, seat) => {
      if (err) {
        reject(err);
        return;
      }
      if (!seat) {
        reject(new Error(`booking service returned no seat for ${attendee.email}`));
        return;
      }
      resolve(seat);
    });
  });
}

export async function reserveSeat(workshopId: string, attendee: Attendee): Promise<Seat> {
  const roster = await loadRoster(workshopId);
  if (roster.booked >= roster.capacity) {
    throw new WorkshopFullError(workshopId);
  }
  if (attendee.needsEasel && roster.easelsFree === 0) {
    throw new Error(`no easels left for ${workshopId}; bring your own or join the waitlist`);
  }
  return reserveViaClient(workshopId, attendee);
}

function confirmationBody(attendee: Attendee, seat: Seat, startsAt: string): string {
  const lines = [
    `Hi ${attendee.name},`,
    '',
    `You're booked into workshop ${seat.workshopId}, seat ${seat.seatNo}.`,
    `We start at ${new Date(startsAt).toLocaleString('en-GB')}.`,
  ];
  if (seat.easelTag) {
    lines.push(`Your easel is tagged ${seat.easelTag}.`);
  }
  lines.push('', 'Aprons are provided; please wear shoes you can paint on.');
  return lines.join('\n');
}

export async function signUp(workshopId: string, attendee: Attendee): Promise<Seat> {
  const seat = await reserveSeat(workshopId, attendee);
  const roster = await loadRoster(workshopId);
  await mailer.sendConfirmation(
    attendee.email,
    `Easel workshop ${workshopId}: seat ${seat.seatNo}`,
    confirmationBody(attendee, seat, roster.startsAt),
  );
  return seat;
}
