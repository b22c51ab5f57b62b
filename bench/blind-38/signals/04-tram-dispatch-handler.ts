// expect: require-signal-propagation
// handleReassign passes request.signal to every depot call except the timers/promises delay that waits for the points to settle, which keeps running after the client disconnects.
import { setTimeout as delay } from 'node:timers/promises';

export interface ReassignBody {
  tramId: string;
  fromRoad: number;
  toRoad: number;
  dispatcher: string;
}

interface RoadState {
  road: number;
  occupiedBy: string[];
  lengthM: number;
}

declare const depotControl: {
  roads(opts: { signal?: AbortSignal }): Promise<RoadState[]>;
  throwPoints(fromRoad: number, toRoad: number, opts: { signal?: AbortSignal }): Promise<{ settleMs: number }>;
  pointsDetected(toRoad: number, opts: { signal?: AbortSignal }): Promise<boolean>;
  moveTram(tramId: string, toRoad: number, opts: { signal?: AbortSignal }): Promise<void>;
};
declare const audit: { log(event: string, data: Record<string, unknown>): void };

const TRAM_LENGTH_M = 32;

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

function parseBody(raw: unknown): ReassignBody | string {
  if (typeof raw !== 'object' || raw === null) return 'body must be an object';
  const b = raw as Partial<ReassignBody>;
  if (typeof b.tramId !== 'string' || !/^T\d{3}$/.test(b.tramId)) return 'tramId must look like T123';
  if (!Number.isInteger(b.fromRoad) || !Number.isInteger(b.toRoad)) return 'roads must be integers';
  if (typeof b.dispatcher !== 'string') return 'dispatcher is required';
  return b as ReassignBody;
}

export async function handleReassign(request: Request): Promise<Response> {
  const parsed = parseBody(await request.json());
  if (typeof parsed === 'string') return json(400, { error: parsed });
  const { tramId, fromRoad, toRoad, dispatcher } = parsed;
  const signal = request.signal;

  const roads = await depotControl.roads({ signal });
  const from = roads.find((r) => r.road === fromRoad);
  const to = roads.find((r) => r.road === toRoad);
  if (!from?.occupiedBy.includes(tramId)) return json(409, { error: `${tramId} is not on road ${fromRoad}` });
  if (!to) return json(404, { error: `no road ${toRoad}` });
  const freeM = to.lengthM - to.occupiedBy.length * TRAM_LENGTH_M;
  if (freeM < TRAM_LENGTH_M) return json(409, { error: `road ${toRoad} has only ${freeM} m free` });

  const { settleMs } = await depotControl.throwPoints(fromRoad, toRoad, { signal });
  await delay(settleMs);
  if (!(await depotControl.pointsDetected(toRoad, { signal }))) {
    audit.log('points.not-detected', { fromRoad, toRoad, dispatcher });
    return json(503, { error: 'points did not detect, send a fitter' });
  }

  await depotControl.moveTram(tramId, toRoad, { signal });
  audit.log('tram.reassigned', { tramId, fromRoad, toRoad, dispatcher });
  return json(200, { tramId, road: toRoad });
}
