// expect: none
// Every outcome of the projector request settles once: a bad status drains and returns after reject, response and request errors both reject, and the timeout destroys the request so it surfaces through the single error path.
import { request } from 'node:http';

export interface DomeProgram {
  showId: string;
  title: string;
  durationSec: number;
  starfield: 'northern' | 'southern' | 'equatorial';
}

export interface ProjectorAck {
  showId: string;
  slot: number;
  warmupSec: number;
}

export interface ProjectorEndpoint {
  host: string;
  port: number;
  timeoutMs: number;
}

export function queueProgram(endpoint: ProjectorEndpoint, program: DomeProgram): Promise<ProjectorAck> {
  const payload = JSON.stringify(program);
  return new Promise<ProjectorAck>((resolve, reject) => {
    const req = request(
      {
        host: endpoint.host,
        port: endpoint.port,
        method: 'POST',
        path: '/v2/queue',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
      },
      (res) => {
        if (res.statusCode !== 202) {
          res.resume();
          reject(new Error(`projector refused ${program.showId}: HTTP ${res.statusCode}`));
          return;
        }
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          try {
            const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ProjectorAck;
            resolve(body);
          } catch (err) {
            reject(new Error(`unreadable ack for ${program.showId}`, { cause: err }));
          }
        });
      },
    );
    req.setTimeout(endpoint.timeoutMs, () => {
      req.destroy(new Error(`projector at ${endpoint.host} did not answer within ${endpoint.timeoutMs}ms`));
    });
    req.on('error', reject);
    req.end(payload);
  });
}

export async function loadEveningSchedule(endpoint: ProjectorEndpoint, programs: DomeProgram[]): Promise<number> {
  let totalWarmup = 0;
  for (const program of programs) {
    const ack = await queueProgram(endpoint, program);
    totalWarmup += ack.warmupSec;
  }
  return totalWarmup;
}
