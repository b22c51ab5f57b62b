// expect: none
// Every async lab and registry value is awaited before it is tested, compared or put into the JSON body, and the request listener hands its promise to a catch, so the report never contains a Promise.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

export interface LabService {
  salinityPpt(bed: string): Promise<number>;
  vibrioCfuPerG(bed: string): Promise<number>;
  lastSampledAt(bed: string): Promise<Date | null>;
}

export interface ClosureRegistry {
  isClosed(bed: string): Promise<boolean>;
  closureReason(bed: string): Promise<string | null>;
}

interface BedReport {
  bed: string;
  salinityPpt: number;
  vibrioCfuPerG: number;
  lastSampledAt: string | null;
  harvest: 'open' | 'closed';
  reason: string | null;
}

const VIBRIO_LIMIT = 10_000;

export async function buildReport(bed: string, lab: LabService, registry: ClosureRegistry): Promise<BedReport> {
  const [salinity, vibrio, sampledAt] = await Promise.all([lab.salinityPpt(bed), lab.vibrioCfuPerG(bed), lab.lastSampledAt(bed)]);
  const closed = await registry.isClosed(bed);
  const reason = closed ? await registry.closureReason(bed) : vibrio > VIBRIO_LIMIT ? 'vibrio above action level' : null;
  return {
    bed,
    salinityPpt: salinity,
    vibrioCfuPerG: vibrio,
    lastSampledAt: sampledAt?.toISOString() ?? null,
    harvest: closed || reason !== null ? 'closed' : 'open',
    reason,
  };
}

async function handle(req: IncomingMessage, res: ServerResponse, lab: LabService, registry: ClosureRegistry): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const match = /^\/beds\/([\w-]+)$/.exec(url.pathname);
  if (!match) {
    res.writeHead(404).end();
    return;
  }
  const report = await buildReport(match[1], lab, registry);
  if (await registry.isClosed(match[1])) res.setHeader('x-harvest-closed', '1');
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(report));
}

export function startReportServer(port: number, lab: LabService, registry: ClosureRegistry) {
  const server = createServer((req, res) => {
    handle(req, res, lab, registry).catch((err: unknown) => {
      console.error('bed report failed', err);
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
  });
  server.listen(port);
  return server;
}
