// expect: none
// The request promise resolves only on the response 'end' and rejects on request errors, response errors, bad status or parse failure, with the timeout funnelled through req.destroy into the single error path.
import { request } from 'node:http';

export interface CabinTelemetry {
  cabinId: string;
  gripForceKn: number;
  doorCycles: number;
  lastInspection: Date;
  rollerWearMm: number;
}

export class LiftControllerError extends Error {
  constructor(readonly cabinId: string, readonly status: number) {
    super(`Lift controller answered ${status} for cabin ${cabinId}`);
    this.name = 'LiftControllerError';
  }
}

function parseTelemetry(body: unknown): CabinTelemetry {
  const raw = body as Record<string, unknown>;
  if (typeof raw.cabinId !== 'string' || typeof raw.gripForceKn !== 'number') {
    throw new Error('Unexpected telemetry payload');
  }
  return {
    cabinId: raw.cabinId,
    gripForceKn: raw.gripForceKn,
    doorCycles: Number(raw.doorCycles ?? 0),
    lastInspection: new Date(String(raw.lastInspection)),
    rollerWearMm: Number(raw.rollerWearMm ?? 0),
  };
}

export function fetchCabinTelemetry(host: string, cabinId: string, timeoutMs = 8_000): Promise<CabinTelemetry> {
  return new Promise<CabinTelemetry>((resolve, reject) => {
    const req = request(
      {
        host,
        port: 8081,
        method: 'GET',
        path: `/cabins/${encodeURIComponent(cabinId)}/telemetry`,
        headers: { accept: 'application/json' },
      },
      (res) => {
        if (res.statusCode !== 200) {
          res.resume();
          reject(new LiftControllerError(cabinId, res.statusCode ?? 0));
          return;
        }
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          try {
            resolve(parseTelemetry(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
          } catch (err) {
            reject(err);
          }
        });
      },
    );
    req.setTimeout(timeoutMs, () => {
      req.destroy(new Error(`Controller ${host} did not answer within ${timeoutMs}ms`));
    });
    req.on('error', reject);
    req.end();
  });
}

export async function cabinsNeedingService(host: string, cabinIds: string[]): Promise<string[]> {
  const telemetry = await Promise.all(cabinIds.map((id) => fetchCabinTelemetry(host, id)));
  const ninetyDays = 90 * 24 * 60 * 60 * 1000;
  return telemetry
    .filter(
      (t) =>
        t.gripForceKn < 42 ||
        t.rollerWearMm > 3.5 ||
        Date.now() - t.lastInspection.getTime() > ninetyDays,
    )
    .map((t) => t.cabinId);
}
