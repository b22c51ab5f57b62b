// expect: no-multiple-settle
// readChamber() settles only on a complete reply line or a socket 'error'; if the controller closes the connection without sending a newline the promise never settles.
import { connect } from 'node:net';

export interface ChamberReading {
  chamberId: string;
  relativeHumidity: number;
  tempC: number;
  takenAt: Date;
}

export interface ChamberConfig {
  host: string;
  port: number;
}

const REPLY = /^OK\s+(\S+)\s+RH=([\d.]+)\s+T=(-?[\d.]+)$/;

export function readChamber(cfg: ChamberConfig, chamberId: string): Promise<ChamberReading> {
  return new Promise<ChamberReading>((resolve, reject) => {
    const socket = connect({ host: cfg.host, port: cfg.port });
    let buffer = '';
    socket.setEncoding('utf8');

    socket.once('connect', () => {
      socket.write(`READ ${chamberId}\n`);
    });

    const onData = (chunk: string) => {
      buffer += chunk;
      const nl = buffer.indexOf('\n');
      if (nl === -1) return;
      socket.off('data', onData);
      const line = buffer.slice(0, nl).trim();
      socket.end();
      const m = REPLY.exec(line);
      if (!m || m[1] !== chamberId) {
        reject(new Error(`unexpected reply from humidity chamber ${chamberId}: ${line}`));
        return;
      }
      resolve({
        chamberId,
        relativeHumidity: Number(m[2]),
        tempC: Number(m[3]),
        takenAt: new Date(),
      });
    };

    socket.on('data', onData);
    socket.once('error', (err) => {
      socket.destroy();
      reject(err);
    });
  });
}

export interface HankLot {
  lotId: string;
  origin: 'mongolian' | 'siberian' | 'synthetic';
  arrivedAt: Date;
}

export class HankAcclimation {
  constructor(
    private readonly cfg: ChamberConfig,
    private readonly minHours = 48,
  ) {}

  async readyForRehair(lot: HankLot, chamberId: string): Promise<{ ready: boolean; reason: string }> {
    const reading = await readChamber(this.cfg, chamberId);
    const hours = (reading.takenAt.getTime() - lot.arrivedAt.getTime()) / 3_600_000;
    if (lot.origin !== 'synthetic' && hours < this.minHours) {
      return { ready: false, reason: `lot ${lot.lotId} has only acclimated ${hours.toFixed(1)}h` };
    }
    if (reading.relativeHumidity < 40 || reading.relativeHumidity > 60) {
      return {
        ready: false,
        reason: `chamber ${chamberId} humidity ${reading.relativeHumidity}% is outside 40-60%`,
      };
    }
    return { ready: true, reason: `chamber ${chamberId} stable at ${reading.relativeHumidity}% RH` };
  }
}
