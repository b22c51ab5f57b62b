// expect: no-unobserved-promise
// Both lookups are started up front and awaited one after the other; if the camera lookup rejects while the weather await is still pending, it has no handler yet and is reported as an unhandled rejection.
interface Weather {
  windKph: number;
  humidityPct: number;
  redFlag: boolean;
}

interface Camera {
  id: string;
  bearingDeg: number;
  online: boolean;
  lastFrameAt: string;
}

interface Tower {
  id: string;
  name: string;
  lat: number;
  lon: number;
  staffed: boolean;
}

declare const towers: { get(id: string): Promise<Tower | null> };
declare function fetchWeather(lat: number, lon: number, signal: AbortSignal): Promise<Weather>;
declare function listCameras(towerId: string, signal: AbortSignal): Promise<Camera[]>;

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
  });
}

export async function GET(req: Request, ctx: { params: { towerId: string } }): Promise<Response> {
  const tower = await towers.get(ctx.params.towerId);
  if (!tower) return json({ error: 'unknown tower' }, 404);

  const weatherPromise = fetchWeather(tower.lat, tower.lon, req.signal);
  const camerasPromise = listCameras(tower.id, req.signal);

  let weather: Weather;
  let cameras: Camera[];
  try {
    weather = await weatherPromise;
    cameras = await camerasPromise;
  } catch (err) {
    if (req.signal.aborted) throw err;
    console.error(`status lookup failed for ${tower.id}`, err);
    return json({ error: 'upstream unavailable' }, 502);
  }

  const offline = cameras.filter((c) => !c.online);
  const risk =
    weather.redFlag || (weather.windKph > 40 && weather.humidityPct < 15)
      ? 'extreme'
      : weather.humidityPct < 25
        ? 'high'
        : 'moderate';

  return json({
    tower: { id: tower.id, name: tower.name, staffed: tower.staffed },
    risk,
    weather,
    cameras: {
      total: cameras.length,
      offline: offline.map((c) => c.id),
      blindBearings: offline.map((c) => c.bearingDeg).sort((a, b) => a - b),
    },
  });
}
