// expect: no-multiple-settle
// Bug: the promise settles only on the terminator line or 'error'; if the station closes the socket early (or the idle timeout calls destroy() with no error) only 'close' fires and the promise never settles.
import net from 'node:net';

export interface TurbineSample {
  turbine: string;
  rpm: number;
  outputKw: number;
  headMetres: number;
  at: Date;
}

export interface StationEndpoint {
  host: string;
  port: number;
  idleTimeoutMs?: number;
}

function parseSample(line: string): TurbineSample | null {
  // T07|112.4|1830.5|4.21|2024-03-11T04:15:00Z
  const parts = line.split('|');
  if (parts.length !== 5) return null;
  const [turbine, rpm, kw, head, at] = parts;
  const sample: TurbineSample = {
    turbine,
    rpm: Number(rpm),
    outputKw: Number(kw),
    headMetres: Number(head),
    at: new Date(at),
  };
  return Number.isFinite(sample.rpm) && Number.isFinite(sample.outputKw) ? sample : null;
}

export function fetchTurbineSnapshot(endpoint: StationEndpoint, barrage: string): Promise<TurbineSample[]> {
  return new Promise<TurbineSample[]>((resolve, reject) => {
    const samples: TurbineSample[] = [];
    let buffered = '';

    const socket = net.connect({ host: endpoint.host, port: endpoint.port });
    socket.setEncoding('ascii');
    socket.setTimeout(endpoint.idleTimeoutMs ?? 15_000);

    socket.on('connect', () => {
      socket.write(`SNAPSHOT ${barrage}\r\n`);
    });

    socket.on('data', (chunk: string) => {
      buffered += chunk;
      let nl: number;
      while ((nl = buffered.indexOf('\n')) !== -1) {
        const line = buffered.slice(0, nl).replace(/\r$/, '');
        buffered = buffered.slice(nl + 1);
        if (line === '.') {
          socket.end();
          resolve(samples);
          return;
        }
        const sample = parseSample(line);
        if (sample) samples.push(sample);
      }
    });

    socket.on('timeout', () => {
      socket.destroy();
    });

    socket.on('error', (err) => {
      reject(new Error(`telemetry ${endpoint.host}:${endpoint.port} failed: ${err.message}`));
    });
  });
}

export async function barrageOutput(endpoint: StationEndpoint, barrage: string): Promise<number> {
  const samples = await fetchTurbineSnapshot(endpoint, barrage);
  const latest = new Map<string, TurbineSample>();
  for (const s of samples) {
    const prev = latest.get(s.turbine);
    if (!prev || prev.at < s.at) latest.set(s.turbine, s);
  }
  let total = 0;
  for (const s of latest.values()) total += s.outputKw;
  return total;
}
