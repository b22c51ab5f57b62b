// expect: none
// All async fields are resolved together by an awaited Promise.all before the status object is built, so JSON.stringify and the ?? defaults operate on numbers and strings, never on promises.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

export interface RinkTelemetry {
  iceSurfaceC(rink: string): Promise<number>;
  lastResurfaceAt(rink: string): Promise<string | null>;
  machineState(rink: string): Promise<'parked' | 'flooding' | 'charging' | null>;
}

export interface RinkStatus {
  rink: string;
  iceC: number;
  lastResurface: string;
  machine: string;
  skateable: boolean;
}

export async function rinkStatus(telemetry: RinkTelemetry, rink: string): Promise<RinkStatus> {
  const [iceC, lastResurface, machine] = await Promise.all([
    telemetry.iceSurfaceC(rink),
    telemetry.lastResurfaceAt(rink),
    telemetry.machineState(rink),
  ]);
  return {
    rink,
    iceC: Math.round(iceC * 10) / 10,
    lastResurface: lastResurface ?? 'never',
    machine: machine ?? 'offline',
    skateable: machine !== 'flooding' && iceC <= -3.5,
  };
}

export function statusServer(telemetry: RinkTelemetry, rinks: string[]) {
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const rink = new URL(req.url ?? '/', 'http://localhost').searchParams.get('rink');
    if (rink && !rinks.includes(rink)) {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'unknown rink' }));
      return;
    }
    const statuses = await Promise.all((rink ? [rink] : rinks).map((r) => rinkStatus(telemetry, r)));
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(statuses));
  };

  return createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: err instanceof Error ? err.message : 'telemetry unavailable' }));
    });
  });
}
