// expect: no-promise-as-value
// The /spots handler puts `conditions.current(spot.id)`, an un-awaited Promise, into the response object, so JSON.stringify serialises it as {} and the app shows every spot without wind data.
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse, Server } from 'node:http';

export interface Spot {
  id: string;
  name: string;
  beginnerFriendly: boolean;
  bestDirections: string[];
}

export interface Conditions {
  knots: number;
  gustKnots: number;
  direction: string;
  waterTempC: number;
}

export interface ConditionsService {
  current(spotId: string): Promise<Conditions>;
}

export interface SpotDirectory {
  list(): Promise<Spot[]>;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) });
  res.end(payload);
}

export async function handleSpots(
  req: IncomingMessage,
  res: ServerResponse,
  spots: SpotDirectory,
  conditions: ConditionsService,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const beginnersOnly = url.searchParams.get('level') === 'beginner';
  const all = await spots.list();
  const chosen = beginnersOnly ? all.filter((s) => s.beginnerFriendly) : all;

  sendJson(res, 200, {
    generatedAt: new Date().toISOString(),
    spots: chosen.map((spot) => ({
      id: spot.id,
      name: spot.name,
      bestDirections: spot.bestDirections,
      conditions: conditions.current(spot.id),
    })),
  });
}

export function startSpotApi(spots: SpotDirectory, conditions: ConditionsService, port: number): Server {
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || !req.url?.startsWith('/spots')) {
      sendJson(res, 404, { error: 'not found' });
      return;
    }
    handleSpots(req, res, spots, conditions).catch((err: unknown) => {
      sendJson(res, 502, { error: 'spot data unavailable', detail: (err as Error).message });
    });
  });
  server.listen(port);
  return server;
}
