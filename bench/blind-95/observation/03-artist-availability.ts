// expect: none
// The artist and calendar lookups are started together but both are handed to Promise.all before anything else is awaited, so a rejection from either one always has a handler.
export interface Artist {
  id: string;
  name: string;
  styles: string[];
  hourlyRateCents: number;
}

export interface BusySlot {
  artistId: string;
  start: Date;
  end: Date;
}

export interface StudioApi {
  listArtists(studioId: string): Promise<Artist[]>;
  busySlots(studioId: string, from: Date, to: Date): Promise<BusySlot[]>;
  depositPolicy(studioId: string): Promise<{ percent: number }>;
}

export interface OpenSlot {
  artist: string;
  start: Date;
  quoteCents: number;
  depositCents: number;
}

function overlaps(a: { start: Date; end: Date }, b: { start: Date; end: Date }): boolean {
  return a.start < b.end && b.start < a.end;
}

export async function findOpenSlots(api: StudioApi, studioId: string, style: string, day: Date, hours: number): Promise<OpenSlot[]> {
  const dayStart = new Date(day);
  dayStart.setHours(11, 0, 0, 0);
  const dayEnd = new Date(day);
  dayEnd.setHours(21, 0, 0, 0);

  const artistsRequest = api.listArtists(studioId);
  const busyRequest = api.busySlots(studioId, dayStart, dayEnd);
  const policyRequest = api.depositPolicy(studioId);
  const [artists, busy, policy] = await Promise.all([artistsRequest, busyRequest, policyRequest]);

  const open: OpenSlot[] = [];
  for (const artist of artists) {
    if (!artist.styles.includes(style)) continue;
    const theirs = busy.filter((b) => b.artistId === artist.id);
    for (let t = dayStart.getTime(); t + hours * 3_600_000 <= dayEnd.getTime(); t += 3_600_000) {
      const candidate = { start: new Date(t), end: new Date(t + hours * 3_600_000) };
      if (theirs.some((b) => overlaps(b, candidate))) continue;
      const quoteCents = artist.hourlyRateCents * hours;
      open.push({
        artist: artist.name,
        start: candidate.start,
        quoteCents,
        depositCents: Math.round((quoteCents * policy.percent) / 100),
      });
    }
  }
  return open.sort((a, b) => a.start.getTime() - b.start.getTime());
}
