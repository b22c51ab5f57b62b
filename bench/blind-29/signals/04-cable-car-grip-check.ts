// expect: none
// Correct: the race between the grip probe and the deadline clears its timer and aborts the probe's controller in finally, so neither side outlives the race.
import { createConnection, type Socket } from 'node:net';

export interface GripReading {
  cabinId: number;
  clampForceKn: number;
  slipMm: number;
}

const PROBE_PORT = 7402;
const MIN_CLAMP_KN = 42;

function probeGrip(host: string, cabinId: number, signal: AbortSignal): Promise<GripReading> {
  return new Promise<GripReading>((resolve, reject) => {
    const socket: Socket = createConnection({ host, port: PROBE_PORT });
    let buffer = '';

    const onAbort = () => {
      socket.destroy();
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });

    socket.setEncoding('utf8');
    socket.on('connect', () => socket.write(`GRIP ${cabinId}\n`));
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      const nl = buffer.indexOf('\n');
      if (nl === -1) return;
      const [force, slip] = buffer.slice(0, nl).split(' ').map(Number);
      signal.removeEventListener('abort', onAbort);
      socket.end();
      resolve({ cabinId, clampForceKn: force, slipMm: slip });
    });
    socket.on('error', (err) => {
      signal.removeEventListener('abort', onAbort);
      reject(err);
    });
  });
}

export async function checkGrip(host: string, cabinId: number, deadlineMs: number): Promise<GripReading> {
  const probe = new AbortController();
  let timer: NodeJS.Timeout | undefined;

  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`grip probe for cabin ${cabinId} timed out`)), deadlineMs);
  });

  try {
    return await Promise.race([probeGrip(host, cabinId, probe.signal), deadline]);
  } finally {
    clearTimeout(timer);
    probe.abort();
  }
}

export async function stationSweep(host: string, cabins: number[]): Promise<number[]> {
  const failing: number[] = [];
  for (const cabinId of cabins) {
    try {
      const reading = await checkGrip(host, cabinId, 1_500);
      if (reading.clampForceKn < MIN_CLAMP_KN || reading.slipMm > 2) {
        failing.push(cabinId);
      }
    } catch {
      // an unreachable probe is treated as a failed grip so the cabin gets pulled
      failing.push(cabinId);
    }
  }
  return failing;
}
