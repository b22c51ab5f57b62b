// expect: no-multiple-settle
// The response path resolves without clearing the timeout, so every successful poll is followed by a late reject on the already-settled promise and the timer keeps the process alive for the full timeout after each reading.
import { createSocket, type Socket } from 'node:dgram';

export interface GaugeStation {
  id: string;
  host: string;
  port: number;
}

export interface TideReading {
  stationId: string;
  levelMm: number;
  waterTempC: number;
  sampledAt: Date;
}

function decodeReading(stationId: string, buf: Buffer): TideReading {
  if (buf.length < 14 || buf.readUInt16BE(0) !== 0x7d1e) {
    throw new Error(`bad frame from ${stationId}`);
  }
  return {
    stationId,
    levelMm: buf.readInt32BE(2),
    waterTempC: buf.readInt16BE(6) / 100,
    sampledAt: new Date(Number(buf.readUInt32BE(8)) * 1000 + buf.readUInt16BE(12)),
  };
}

export class TideGaugePoller {
  private readonly socket: Socket = createSocket('udp4');

  private lastSocketError: Error | null = null;

  constructor(private readonly timeoutMs = 4000) {
    this.socket.on('error', (err) => {
      this.lastSocketError = err;
    });
  }

  get healthy(): boolean {
    return this.lastSocketError === null;
  }

  poll(station: GaugeStation): Promise<TideReading> {
    const query = Buffer.from([0x7d, 0x1e, 0x01]);
    return new Promise<TideReading>((resolve, reject) => {
      const onMessage = (msg: Buffer, rinfo: { address: string; port: number }) => {
        if (rinfo.address !== station.host || rinfo.port !== station.port) return;
        this.socket.off('message', onMessage);
        this.socket.off('error', onError);
        try {
          resolve(decodeReading(station.id, msg));
        } catch (err) {
          reject(err);
        }
      };
      const onError = (err: Error) => {
        clearTimeout(timer);
        this.socket.off('message', onMessage);
        reject(err);
      };
      const timer = setTimeout(() => {
        this.socket.off('message', onMessage);
        this.socket.off('error', onError);
        reject(new Error(`gauge ${station.id} silent for ${this.timeoutMs}ms`));
      }, this.timeoutMs);

      this.socket.on('message', onMessage);
      this.socket.once('error', onError);
      this.socket.send(query, station.port, station.host, (err) => {
        if (err) onError(err);
      });
    });
  }

  async pollAll(stations: GaugeStation[]): Promise<TideReading[]> {
    const readings: TideReading[] = [];
    for (const station of stations) {
      readings.push(await this.poll(station));
    }
    return readings;
  }

  close(): void {
    this.socket.close();
  }
}
