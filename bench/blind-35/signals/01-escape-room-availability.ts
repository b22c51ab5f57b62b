// expect: require-signal-propagation
// The caller's signal reaches the rooms request but the per-room booking fetches build their own init without it, so cancelling leaves them running.
export interface Room {
  id: string;
  name: string;
  theme: string;
  minPlayers: number;
  maxPlayers: number;
  durationMinutes: number;
}

export interface Booking {
  roomId: string;
  startsAt: string;
  players: number;
}

export interface RoomAvailability {
  room: Room;
  freeStarts: string[];
}

const API = 'https://bookings.lockedin.example/api/v2';
const OPENING_HOUR = 10;
const LAST_START_HOUR = 21;
const RESET_MINUTES = 15;

async function getJson<T>(url: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(url, { ...init, headers: { accept: 'application/json', ...init.headers } });
  if (!res.ok) throw new Error(`GET ${url} failed: ${res.status} ${res.statusText}`);
  return (await res.json()) as T;
}

function candidateStarts(date: string, room: Room): string[] {
  const starts: string[] = [];
  const step = room.durationMinutes + RESET_MINUTES;
  for (let minutes = OPENING_HOUR * 60; minutes <= LAST_START_HOUR * 60; minutes += step) {
    const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
    const mm = String(minutes % 60).padStart(2, '0');
    starts.push(`${date}T${hh}:${mm}`);
  }
  return starts;
}

function overlaps(start: string, room: Room, booking: Booking): boolean {
  const s = new Date(start).getTime();
  const b = new Date(booking.startsAt).getTime();
  const span = (room.durationMinutes + RESET_MINUTES) * 60_000;
  return s < b + span && b < s + span;
}

export async function availabilityForDay(
  venueId: string,
  date: string,
  players: number,
  options: { signal?: AbortSignal; apiKey: string },
): Promise<RoomAvailability[]> {
  const auth = { authorization: `ApiKey ${options.apiKey}` };
  const rooms = await getJson<Room[]>(`${API}/venues/${venueId}/rooms`, { headers: auth, signal: options.signal });
  const suitable = rooms.filter((r) => players >= r.minPlayers && players <= r.maxPlayers);

  const bookingsPerRoom = await Promise.all(
    suitable.map((room) =>
      getJson<Booking[]>(`${API}/rooms/${room.id}/bookings?date=${encodeURIComponent(date)}`, { headers: auth }),
    ),
  );

  return suitable
    .map((room, i) => ({
      room,
      freeStarts: candidateStarts(date, room).filter((start) => !bookingsPerRoom[i].some((b) => overlaps(start, room, b))),
    }))
    .filter((a) => a.freeStarts.length > 0);
}

export function describeAvailability(list: RoomAvailability[]): string {
  if (list.length === 0) return 'Fully booked — try another day.';
  return list
    .map(({ room, freeStarts }) => `${room.name} (${room.theme}): ${freeStarts.map((s) => s.slice(11)).join(', ')}`)
    .join('\n');
}
