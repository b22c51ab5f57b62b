// expect: none
// The handler ties an AbortController to the client disconnecting and hands its signal to every cancellable step (both fetches and the pacing sleep), and removes the close listener in finally, so a dropped client stops all the work.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';

export interface Chamber {
  id: string;
  depthM: number;
  name: string;
}

export interface AirReading {
  chamberId: string;
  co2ppm: number;
  humidityPct: number;
}

const SENSOR_API = 'http://sensors.mine.internal';
const SAFE_CO2_PPM = 1_500;

async function readChamber(chamber: Chamber, signal: AbortSignal): Promise<AirReading> {
  const res = await fetch(`${SENSOR_API}/chambers/${chamber.id}/air`, { signal });
  if (!res.ok) throw new Error(`sensor ${chamber.id} returned ${res.status}`);
  return (await res.json()) as AirReading;
}

async function routeStatus(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const controller = new AbortController();
  const onClose = () => {
    if (!res.writableFinished) controller.abort(new Error('client disconnected'));
  };
  res.once('close', onClose);
  try {
    const { signal } = controller;
    const routeRes = await fetch(`${SENSOR_API}/routes${req.url ?? '/'}`, { signal });
    if (!routeRes.ok) {
      res.writeHead(routeRes.status).end();
      return;
    }
    const chambers = (await routeRes.json()) as Chamber[];
    const readings: AirReading[] = [];
    for (const chamber of chambers) {
      readings.push(await readChamber(chamber, signal));
      await sleep(50, undefined, { signal });
    }
    const unsafe = readings.filter((r) => r.co2ppm > SAFE_CO2_PPM);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ open: unsafe.length === 0, unsafe, checked: readings.length }));
  } finally {
    res.off('close', onClose);
  }
}

export function startStatusServer(port: number) {
  const server = createServer((req, res) => {
    routeStatus(req, res).catch((err: unknown) => {
      console.error(`status request ${req.url} failed:`, err);
      if (res.headersSent || res.destroyed) return;
      res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(err instanceof Error ? err.message : 'sensor failure');
    });
  });
  server.listen(port);
  return server;
}
