// expect: none
// The handler aborts its own controller when the client disconnects, passes that signal to the upstream forecast fetch, removes the close listener in finally, and rethrows the AbortError rather than turning it into a 500 response.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

interface HourlyForecast {
  hour: string;
  windKmh: number;
  gustKmh: number;
  baseM: number;
}

interface SoaringWindow {
  from: string;
  to: string;
  hours: number;
}

const UPSTREAM = process.env.FORECAST_URL ?? 'http://forecast.internal:8080';

export function soaringWindows(hours: HourlyForecast[]): SoaringWindow[] {
  const windows: SoaringWindow[] = [];
  let start: HourlyForecast | undefined;
  let prev: HourlyForecast | undefined;
  for (const h of [...hours, undefined]) {
    const good = h !== undefined && h.windKmh <= 20 && h.gustKmh - h.windKmh <= 10 && h.baseM >= 1_500;
    if (good && !start) start = h;
    if (!good && start && prev) {
      windows.push({ from: start.hour, to: prev.hour, hours: hours.indexOf(prev) - hours.indexOf(start) + 1 });
      start = undefined;
    }
    prev = h;
  }
  return windows;
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const site = url.searchParams.get('site');
  if (!site) {
    res.writeHead(400).end('missing site');
    return;
  }

  const controller = new AbortController();
  const onClose = () => {
    if (!res.writableEnded) controller.abort();
  };
  res.on('close', onClose);
  try {
    const upstream = await fetch(`${UPSTREAM}/hourly?site=${encodeURIComponent(site)}`, { signal: controller.signal });
    if (!upstream.ok) {
      res.writeHead(502).end(`forecast upstream returned ${upstream.status}`);
      return;
    }
    const hours = (await upstream.json()) as HourlyForecast[];
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ site, windows: soaringWindows(hours) }));
  } catch (err) {
    if (controller.signal.aborted) throw err;
    res.writeHead(500).end(`forecast failed: ${(err as Error).message}`);
  } finally {
    res.off('close', onClose);
  }
}

export function startServer(port: number) {
  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (res.destroyed) {
        console.debug(`client left before forecast for ${req.url} was ready`, err);
        return;
      }
      console.error('unhandled forecast error', err);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  server.listen(port);
  return server;
}
