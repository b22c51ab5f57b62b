// expect: no-multiple-settle
// readTemperature only settles when a full line arrives; a socket error or the controller closing the connection early leaves the promise pending forever.
import { createConnection, type Socket } from 'node:net';

export interface HeaterReading {
  stoveId: string;
  celsius: number;
  elementDuty: number;
  takenAt: Date;
}

export interface TelemetryOptions {
  host: string;
  port: number;
  log?: (msg: string) => void;
}

function parseReading(stoveId: string, line: string): HeaterReading {
  // controller answers like "T=84.5;D=0.62"
  const fields = new Map<string, string>();
  for (const part of line.trim().split(';')) {
    const [key, value] = part.split('=');
    if (key && value !== undefined) fields.set(key, value);
  }
  const celsius = Number(fields.get('T'));
  const duty = Number(fields.get('D'));
  if (!Number.isFinite(celsius) || !Number.isFinite(duty)) {
    throw new Error(`malformed heater line from ${stoveId}: ${line}`);
  }
  return { stoveId, celsius, elementDuty: duty, takenAt: new Date() };
}

export class SaunaTelemetryClient {
  private readonly log: (msg: string) => void;

  constructor(private readonly opts: TelemetryOptions) {
    this.log = opts.log ?? (() => {});
  }

  readTemperature(stoveId: string): Promise<HeaterReading> {
    return new Promise<HeaterReading>((resolve, reject) => {
      const socket: Socket = createConnection({ host: this.opts.host, port: this.opts.port });
      let buffer = '';

      socket.setEncoding('utf8');
      socket.setTimeout(5_000, () => socket.destroy());

      socket.on('connect', () => {
        socket.write(`SELECT ${stoveId}\nREAD TEMP\n`);
      });

      socket.on('data', (chunk: string) => {
        buffer += chunk;
        const nl = buffer.indexOf('\n');
        if (nl === -1) return;
        const line = buffer.slice(0, nl);
        socket.end();
        try {
          resolve(parseReading(stoveId, line));
        } catch (err) {
          reject(err);
        }
      });

      socket.on('error', (err) => {
        this.log(`heater ${stoveId} telemetry socket error: ${err.message}`);
        socket.destroy();
      });
    });
  }

  async hottestStove(stoveIds: readonly string[]): Promise<HeaterReading | undefined> {
    let hottest: HeaterReading | undefined;
    for (const id of stoveIds) {
      const reading = await this.readTemperature(id);
      if (!hottest || reading.celsius > hottest.celsius) hottest = reading;
    }
    return hottest;
  }

  async averageDuty(stoveIds: readonly string[]): Promise<number> {
    if (stoveIds.length === 0) return 0;
    let total = 0;
    for (const id of stoveIds) {
      total += (await this.readTemperature(id)).elementDuty;
    }
    return total / stoveIds.length;
  }
}
