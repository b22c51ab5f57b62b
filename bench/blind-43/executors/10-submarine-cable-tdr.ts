// expect: none
// A finished flag guards settlement; data, error, early close and socket timeout each settle once and the socket is destroyed on every path.
import { connect } from 'node:net';

export interface TdrTrace {
  segmentId: string;
  velocityFactor: number;
  reflectionsNs: number[];
  attenuationDb: number;
}

export interface FaultEstimate {
  segmentId: string;
  distanceKm: number;
  confidence: 'high' | 'medium' | 'low';
}

const TERMINATOR = '\nEND\n';
const SPEED_OF_LIGHT_KM_PER_NS = 0.000299792458;

export function parseTrace(raw: string): TdrTrace {
  const lines = raw.trim().split('\n');
  const header = Object.fromEntries(
    lines.filter((l) => l.includes('=')).map((l) => l.split('=', 2) as [string, string]),
  );
  const reflectionsNs = lines
    .filter((l) => l.startsWith('R '))
    .map((l) => Number(l.slice(2)))
    .filter((n) => Number.isFinite(n));
  return {
    segmentId: header.segment ?? 'unknown',
    velocityFactor: Number(header.vf ?? '0.66'),
    reflectionsNs,
    attenuationDb: Number(header.atten ?? '0'),
  };
}

export function queryReflectometer(host: string, port: number, segmentId: string, timeoutMs: number): Promise<TdrTrace> {
  return new Promise<TdrTrace>((resolve, reject) => {
    const socket = connect({ host, port });
    let buffer = '';
    let finished = false;

    const finish = (err: Error | null, trace?: TdrTrace) => {
      if (finished) return;
      finished = true;
      socket.destroy();
      if (err) reject(err);
      else resolve(trace as TdrTrace);
    };

    socket.setEncoding('ascii');
    socket.setTimeout(timeoutMs);
    socket.on('connect', () => socket.write(`PULSE ${segmentId}\n`));
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      const end = buffer.indexOf(TERMINATOR);
      if (end === -1) return;
      try {
        finish(null, parseTrace(buffer.slice(0, end)));
      } catch (parseErr) {
        finish(parseErr as Error);
      }
    });
    socket.on('timeout', () => finish(new Error(`reflectometer ${host}:${port} silent for ${timeoutMs}ms`)));
    socket.on('error', (err) => finish(err));
    socket.on('close', () => finish(new Error(`reflectometer closed before trace for ${segmentId} completed`)));
  });
}

export function estimateFault(trace: TdrTrace): FaultEstimate | undefined {
  const first = trace.reflectionsNs[0];
  if (first === undefined) return undefined;
  const distanceKm = (first * SPEED_OF_LIGHT_KM_PER_NS * trace.velocityFactor) / 2;
  const confidence = trace.attenuationDb < 20 ? 'high' : trace.attenuationDb < 35 ? 'medium' : 'low';
  return { segmentId: trace.segmentId, distanceKm: Math.round(distanceKm * 100) / 100, confidence };
}

export async function locateFaults(host: string, port: number, segments: string[]): Promise<FaultEstimate[]> {
  const estimates: FaultEstimate[] = [];
  for (const segmentId of segments) {
    const trace = await queryReflectometer(host, port, segmentId, 20_000);
    const estimate = estimateFault(trace);
    if (estimate) estimates.push(estimate);
  }
  return estimates.sort((a, b) => a.distanceKm - b.distanceKm);
}
