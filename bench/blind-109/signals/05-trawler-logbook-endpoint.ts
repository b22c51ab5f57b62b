// expect: none
// The handler threads req.signal into every cancellable step (the vessel lookup, the body stream pipeline, and the quota service call), so a client that disconnects mid-upload stops all of the work.
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';

export interface VesselRegistry {
  find(callSign: string, opts: { signal: AbortSignal }): Promise<{ callSign: string; licence: string } | null>;
}

export interface QuotaService {
  reserve(licence: string, logPath: string, opts: { signal: AbortSignal }): Promise<{ reservationId: string }>;
}

export interface LogbookDeps {
  registry: VesselRegistry;
  quotas: QuotaService;
  spoolDir: string;
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

export function logbookHandler(deps: LogbookDeps): (req: Request) => Promise<Response> {
  return async (req) => {
    const { signal } = req;
    const url = new URL(req.url);
    const callSign = url.pathname.split('/').at(-1) ?? '';
    if (req.method !== 'PUT' || !/^[A-Z0-9]{4,7}$/.test(callSign)) {
      return json(400, { error: 'expected PUT /logbooks/<call sign>' });
    }
    if (!req.body) return json(400, { error: 'missing logbook body' });

    const vessel = await deps.registry.find(callSign, { signal });
    if (!vessel) return json(404, { error: `unknown vessel ${callSign}` });

    const dir = join(deps.spoolDir, vessel.callSign);
    await mkdir(dir, { recursive: true });
    const logPath = join(dir, `${Date.now()}.jsonl`);

    const source = Readable.fromWeb(req.body as import('node:stream/web').ReadableStream<Uint8Array>);
    const stages = req.headers.get('content-encoding') === 'gzip'
      ? pipeline(source, createGunzip(), createWriteStream(logPath), { signal })
      : pipeline(source, createWriteStream(logPath), { signal });
    await stages;

    const { reservationId } = await deps.quotas.reserve(vessel.licence, logPath, { signal });
    return json(201, { reservationId, stored: logPath });
  };
}
