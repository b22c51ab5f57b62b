// expect: no-promise-as-value
// estimateReadyDate is async but its result is placed un-awaited in the response object, so JSON.stringify serialises the Promise as {} and customers see `"readyBy": {}` instead of a date.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export interface RepairOrder {
  id: string;
  instrument: 'violin' | 'viola' | 'cello' | 'bass';
  maker?: string;
  work: ('bridge' | 'soundpost' | 'crack' | 'rehair' | 'varnish')[];
  status: 'received' | 'on-bench' | 'drying' | 'ready';
  receivedOn: string;
}

export interface Workshop {
  find(id: string): Promise<RepairOrder | undefined>;
  estimateReadyDate(order: RepairOrder): Promise<string>;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

async function handle(workshop: Workshop, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const match = /^\/repairs\/([A-Z0-9-]+)$/.exec(url.pathname);
  if (req.method !== 'GET' || !match) {
    send(res, 404, { error: 'not found' });
    return;
  }

  const order = await workshop.find(match[1]!);
  if (!order) {
    send(res, 404, { error: `no repair ${match[1]}` });
    return;
  }

  send(res, 200, {
    id: order.id,
    instrument: order.maker ? `${order.instrument} (${order.maker})` : order.instrument,
    status: order.status,
    work: order.work,
    readyBy: order.status === 'ready' ? 'now' : workshop.estimateReadyDate(order),
  });
}

export function createRepairStatusServer(workshop: Workshop): Server {
  return createServer((req, res) => {
    handle(workshop, req, res).catch((err: unknown) => {
      console.error('repair status lookup failed', err);
      if (!res.headersSent) send(res, 500, { error: 'internal error' });
      else res.destroy();
    });
  });
}
