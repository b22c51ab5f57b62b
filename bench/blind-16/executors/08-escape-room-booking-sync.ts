// expect: no-multiple-settle
// In readBookingsFile the readFile callback calls reject(err) but keeps going, so on a read error it then runs JSON.parse(undefined), which throws inside the callback (an uncaught exception after the promise already settled).
import { readFile, writeFile, rename } from 'node:fs';

export interface Booking {
  id: string;
  room: string;
  startsAt: Date;
  players: number;
  leadName: string;
  status: 'confirmed' | 'cancelled' | 'no-show';
}

interface RawBooking {
  id: string;
  room: string;
  starts_at: string;
  players: number;
  lead_name: string;
  status: Booking['status'];
  updated_at: string;
}

declare const reservationsApi: {
  baseUrl: string;
  token: string;
};

function toBooking(raw: RawBooking): Booking {
  return {
    id: raw.id,
    room: raw.room,
    startsAt: new Date(raw.starts_at),
    players: raw.players,
    leadName: raw.lead_name,
    status: raw.status,
  };
}

function toRaw(b: Booking): RawBooking {
  return {
    id: b.id,
    room: b.room,
    starts_at: b.startsAt.toISOString(),
    players: b.players,
    lead_name: b.leadName,
    status: b.status,
    updated_at: new Date().toISOString(),
  };
}

function readBookingsFile(file: string): Promise<Booking[]> {
  return new Promise((resolve, reject) => {
    readFile(file, 'utf8', (err, raw) => {
      if (err) reject(err);
      const rows = JSON.parse(raw) as RawBooking[];
      resolve(rows.map(toBooking));
    });
  });
}

function writeBookingsFile(file: string, bookings: Booking[]): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  return new Promise((resolve, reject) => {
    writeFile(tmp, JSON.stringify(bookings.map(toRaw), null, 2), (writeErr) => {
      if (writeErr) {
        reject(writeErr);
        return;
      }
      rename(tmp, file, (renameErr) => (renameErr ? reject(renameErr) : resolve()));
    });
  });
}

async function fetchRemoteBookings(since: Date): Promise<Booking[]> {
  const url = new URL('/v2/bookings', reservationsApi.baseUrl);
  url.searchParams.set('updated_since', since.toISOString());
  const res = await fetch(url, { headers: { authorization: `Bearer ${reservationsApi.token}` } });
  if (!res.ok) throw new Error(`reservations API answered ${res.status}`);
  const body = (await res.json()) as { bookings: RawBooking[] };
  return body.bookings.map(toBooking);
}

// Front desk tablets work from the local file; this merges in anything booked online.
export async function syncBookings(file: string, since: Date): Promise<{ added: number; updated: number }> {
  const [local, remote] = await Promise.all([readBookingsFile(file), fetchRemoteBookings(since)]);
  const byId = new Map(local.map((b) => [b.id, b] as const));
  let added = 0;
  let updated = 0;
  for (const booking of remote) {
    if (!byId.has(booking.id)) added++;
    else updated++;
    byId.set(booking.id, booking);
  }
  const merged = [...byId.values()].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  await writeBookingsFile(file, merged);
  return { added, updated };
}
