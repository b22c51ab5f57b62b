// expect: require-signal-propagation
// The route handler passes req.signal to the tide fetch but not to the AIS traffic fetch, so a client disconnect leaves the slower AIS request running.
export interface TideSample {
  at: string;
  heightM: number;
}

export interface AisContact {
  mmsi: string;
  name: string;
  sog: number;
  lat: number;
  lon: number;
}

const TIDE_API = 'https://tides.example-port.org/api/v1';
const AIS_API = 'https://ais.example-port.org/contacts';

async function getJson<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, init);
  if (!res.ok) throw new Error(`${url} responded ${res.status}`);
  return (await res.json()) as T;
}

function inChannel(c: AisContact, box: { minLat: number; maxLat: number; minLon: number; maxLon: number }) {
  return c.lat >= box.minLat && c.lat <= box.maxLat && c.lon >= box.minLon && c.lon <= box.maxLon;
}

const CHANNELS: Record<string, { minLat: number; maxLat: number; minLon: number; maxLon: number }> = {
  east: { minLat: 51.94, maxLat: 51.97, minLon: 1.27, maxLon: 1.36 },
  west: { minLat: 51.93, maxLat: 51.95, minLon: 1.2, maxLon: 1.27 },
};

export async function GET(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const channel = url.searchParams.get('channel') ?? 'east';
  const box = CHANNELS[channel];
  if (!box) {
    return Response.json({ error: `unknown channel ${channel}` }, { status: 400 });
  }

  const [tides, contacts] = await Promise.all([
    getJson<TideSample[]>(`${TIDE_API}/predictions?station=harwich&hours=6`, { signal: req.signal }),
    getJson<AisContact[]>(`${AIS_API}?bbox=${box.minLon},${box.minLat},${box.maxLon},${box.maxLat}`, {
      headers: { accept: 'application/json' },
    }),
  ]);

  const now = Date.now();
  const next = tides.find((t) => Date.parse(t.at) > now);
  const moving = contacts.filter((c) => inChannel(c, box) && c.sog > 0.5);

  return Response.json({
    channel,
    nextTide: next ?? null,
    risingTide: next ? next.heightM > (tides[0]?.heightM ?? 0) : null,
    traffic: moving.map((c) => ({ name: c.name, mmsi: c.mmsi, knots: c.sog })),
    clearToBoard: moving.length < 3,
  });
}
