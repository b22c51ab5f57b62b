// expect: none
// A single finish() clears the timer, detaches every listener before destroying the socket and then settles, so each path settles exactly once.
import { connect } from 'node:net';

export interface WindReading {
  buoyId: string;
  knots: number;
  gustKnots: number;
  directionDeg: number;
}

function parseWind(buoyId: string, line: string): WindReading | null {
  // Buoy firmware answers: "WIND <knots> <gust> <dir>"
  const parts = line.trim().split(/\s+/);
  if (parts.length !== 4 || parts[0] !== 'WIND') return null;
  const [knots, gustKnots, directionDeg] = parts.slice(1).map(Number);
  if ([knots, gustKnots, directionDeg].some((n) => !Number.isFinite(n))) return null;
  return { buoyId, knots, gustKnots, directionDeg: directionDeg % 360 };
}

export class AnemometerProbe {
  constructor(
    private readonly host: string,
    private readonly port: number,
    private readonly timeoutMs = 3_000,
  ) {}

  read(buoyId: string): Promise<WindReading> {
    return new Promise<WindReading>((resolve, reject) => {
      const socket = connect(this.port, this.host);
      let buffer = '';

      const onConnect = (): void => {
        socket.write(`READ ${buoyId}\n`);
      };
      const onData = (chunk: string): void => {
        buffer += chunk;
        const nl = buffer.indexOf('\n');
        if (nl === -1) return;
        const reading = parseWind(buoyId, buffer.slice(0, nl));
        if (reading) finish(null, reading);
        else finish(new Error(`garbled wind frame from ${buoyId}`));
      };
      const onError = (err: Error): void => finish(err);
      const onClose = (): void => finish(new Error(`buoy ${buoyId} closed before replying`));

      const timer = setTimeout(() => {
        finish(new Error(`buoy ${buoyId} did not reply within ${this.timeoutMs}ms`));
      }, this.timeoutMs);

      function finish(err: Error | null, reading?: WindReading): void {
        clearTimeout(timer);
        socket.off('connect', onConnect);
        socket.off('data', onData);
        socket.off('error', onError);
        socket.off('close', onClose);
        socket.destroy();
        if (err || !reading) reject(err ?? new Error('no reading'));
        else resolve(reading);
      }

      socket.setEncoding('utf8');
      socket.on('connect', onConnect);
      socket.on('data', onData);
      socket.on('error', onError);
      socket.on('close', onClose);
    });
  }

  async readAll(buoyIds: string[]): Promise<Map<string, WindReading>> {
    const readings = new Map<string, WindReading>();
    for (const id of buoyIds) {
      readings.set(id, await this.read(id));
    }
    return readings;
  }

  static kiteable(r: WindReading, min = 12, max = 30): boolean {
    return r.knots >= min && r.gustKnots <= max && r.gustKnots - r.knots < 10;
  }
}
