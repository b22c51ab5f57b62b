// expect: require-signal-propagation
// The handler forwards req.signal to the create-booking call but not to the availability fetch, so when a client disconnects mid-request the slow calendar lookup keeps running to completion for nobody.
export interface BookingRequest {
  artistId: string;
  clientName: string;
  clientEmail: string;
  start: string;
  durationHours: number;
  placement: string;
}

interface Availability {
  free: boolean;
  conflicts: string[];
}

const CALENDAR = 'https://calendar.inkhouse.internal';

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

function validate(input: Partial<BookingRequest>): input is BookingRequest {
  return (
    typeof input.artistId === 'string' &&
    typeof input.clientEmail === 'string' &&
    typeof input.start === 'string' &&
    !Number.isNaN(Date.parse(input.start)) &&
    typeof input.durationHours === 'number' &&
    input.durationHours > 0 &&
    input.durationHours <= 8
  );
}

export async function handleCreateBooking(req: Request): Promise<Response> {
  if (req.method !== 'POST') return json(405, { error: 'method not allowed' });

  const input = (await req.json()) as Partial<BookingRequest>;
  if (!validate(input)) return json(422, { error: 'invalid booking request' });

  const query = new URLSearchParams({ start: input.start, hours: String(input.durationHours) });
  const availabilityRes = await fetch(`${CALENDAR}/artists/${input.artistId}/availability?${query}`);
  if (!availabilityRes.ok) return json(502, { error: 'calendar unavailable' });

  const availability = (await availabilityRes.json()) as Availability;
  if (!availability.free) {
    return json(409, { error: 'slot taken', conflicts: availability.conflicts });
  }

  const created = await fetch(`${CALENDAR}/artists/${input.artistId}/bookings`, {
    method: 'POST',
    signal: req.signal,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      client: { name: input.clientName, email: input.clientEmail },
      start: input.start,
      durationHours: input.durationHours,
      notes: `placement: ${input.placement}`,
    }),
  });
  if (created.status === 409) return json(409, { error: 'slot was just taken' });
  if (!created.ok) return json(502, { error: 'could not create booking' });

  const { id } = (await created.json()) as { id: string };
  return json(201, { id, status: 'pending-deposit' });
}
