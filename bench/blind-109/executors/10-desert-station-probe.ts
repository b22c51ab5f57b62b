// expect: no-multiple-settle
// Inside the message handler the try block resolves and then calls the afterReading hook; if the hook throws, the catch rejects a promise that has already resolved, so the hook's failure is silently lost.
import { createSocket, type Socket } from 'node:dgram';

export interface StationReading {
  station: string;
  airTempC: number;
  humidityPct: number;
  windKph: number;
  takenAt: Date;
}

export interface ProbeHooks {
  afterReading?: (reading: StationReading) => void;
}

export class ProbeTimeout extends Error {
  constructor(readonly station: string, readonly ms: number) {
    super(`station ${station} did not answer within ${ms} ms`);
    this.name = 'ProbeTimeout';
  }
}

export function decodePacket(station: string, msg: Buffer): StationReading {
  if (msg.length < 16 || msg.readUInt16BE(0) !== 0x5753) {
    throw new Error(`bad packet from ${station} (${msg.length} bytes)`);
  }
  return {
    station,
    airTempC: msg.readInt16BE(2) / 10,
    humidityPct: msg.readUInt16BE(4) / 10,
    windKph: msg.readUInt16BE(6) / 10,
    takenAt: new Date(Number(msg.readBigUInt64BE(8))),
  };
}

export class StationProbe {
  constructor(private readonly hooks: ProbeHooks = {}, private readonly timeoutMs = 4_000) {}

  poll(station: string, host: string, port = 5140): Promise<StationReading> {
    const socket: Socket = createSocket('udp4');

    return new Promise<StationReading>((resolve, reject) => {
      const timer = setTimeout(() => {
        socket.close();
        reject(new ProbeTimeout(station, this.timeoutMs));
      }, this.timeoutMs);

      socket.once('error', (err) => {
        clearTimeout(timer);
        socket.close();
        reject(err);
      });

      socket.once('message', (msg) => {
        clearTimeout(timer);
        socket.close();
        try {
          const reading = decodePacket(station, msg);
          resolve(reading);
          this.hooks.afterReading?.(reading);
        } catch (err) {
          reject(err as Error);
        }
      });

      socket.send(Buffer.from('WSREQ\n'), port, host);
    });
  }
}

export async function sweep(probe: StationProbe, stations: Array<{ id: string; host: string }>): Promise<StationReading[]> {
  const readings: StationReading[] = [];
  for (const { id, host } of stations) {
    readings.push(await probe.poll(id, host));
  }
  return readings;
}
