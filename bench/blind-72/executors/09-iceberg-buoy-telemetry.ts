// expect: none
// requestFix handles 'data', 'error', 'close' and 'timeout' through one done() that detaches every listener first, so the executor settles once on every path.
import net from 'node:net';

export interface BuoyFix {
  buoyId: string;
  lat: number;
  lon: number;
  driftKnots: number;
  headingDeg: number;
  waterTempC: number;
  at: Date;
}

const MAX_LINE = 64 * 1024;

function parseFix(line: string): BuoyFix {
  // FIX <id> <lat> <lon> <drift> <heading> <temp> <epochSeconds>
  const parts = line.trim().split(/\s+/);
  if (parts[0] !== 'FIX' || parts.length !== 8) {
    throw new Error(`unexpected telemetry line: ${line.slice(0, 80)}`);
  }
  const [, buoyId, lat, lon, drift, heading, temp, epoch] = parts;
  const fix: BuoyFix = {
    buoyId,
    lat: Number(lat),
    lon: Number(lon),
    driftKnots: Number(drift),
    headingDeg: Number(heading),
    waterTempC: Number(temp),
    at: new Date(Number(epoch) * 1000),
  };
  if ([fix.lat, fix.lon, fix.driftKnots].some(Number.isNaN)) {
    throw new Error(`non-numeric telemetry for ${buoyId}`);
  }
  return fix;
}

export function requestFix(host: string, port: number, buoyId: string, timeoutMs = 5000): Promise<BuoyFix> {
  return new Promise<BuoyFix>((resolve, reject) => {
    const socket = net.connect({ host, port });
    let buffer = '';

    const detach = () => {
      socket.off('connect', onConnect);
      socket.off('data', onData);
      socket.off('error', onError);
      socket.off('close', onClose);
      socket.off('timeout', onTimeout);
      socket.destroy();
    };
    const fail = (err: Error) => {
      detach();
      reject(err);
    };
    const onConnect = () => {
      socket.write(`FIX? ${buoyId}\n`);
    };
    const onData = (chunk: string) => {
      buffer += chunk;
      const nl = buffer.indexOf('\n');
      if (nl === -1) {
        if (buffer.length > MAX_LINE) fail(new Error('telemetry line too long'));
        return;
      }
      let fix: BuoyFix;
      try {
        fix = parseFix(buffer.slice(0, nl));
      } catch (err) {
        fail(err as Error);
        return;
      }
      detach();
      resolve(fix);
    };
    const onError = (err: Error) => fail(err);
    const onClose = () => fail(new Error(`buoy gateway closed before sending a fix for ${buoyId}`));
    const onTimeout = () => fail(new Error(`no fix for ${buoyId} within ${timeoutMs}ms`));

    socket.setEncoding('utf8');
    socket.setTimeout(timeoutMs);
    socket.on('connect', onConnect);
    socket.on('data', onData);
    socket.on('error', onError);
    socket.on('close', onClose);
    socket.on('timeout', onTimeout);
  });
}

export function driftSince(previous: BuoyFix, current: BuoyFix): number {
  const R = 3440.065; // nautical miles
  const toRad = (d: number) => (d * Math.PI) / 180;
  const dLat = toRad(current.lat - previous.lat);
  const dLon = toRad(current.lon - previous.lon);
  const a =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(toRad(previous.lat)) * Math.cos(toRad(current.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(a));
}
