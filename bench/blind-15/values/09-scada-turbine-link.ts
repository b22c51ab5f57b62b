// expect: no-read-before-settle
// protocolVersion and turbineIds are assigned in the socket 'data' handler but returned and logged synchronously right after the hello is written.
import { connect, type Socket } from 'node:net';
import { EventEmitter } from 'node:events';

export interface TurbineTelemetry {
  turbineId: string;
  windSpeedMs: number;
  rotorRpm: number;
  activePowerKw: number;
}

export interface FarmLink {
  socket: Socket;
  protocolVersion: string;
  turbineIds: string[];
}

const HELLO = Buffer.from('HELLO SCADA/2\n', 'ascii');

function parseHello(line: string): { version: string; turbines: string[] } | null {
  const m = /^WELCOME (\S+) TURBINES=(.*)$/.exec(line.trim());
  if (!m) return null;
  return { version: m[1], turbines: m[2].split(',').filter(Boolean) };
}

export class TurbineGateway extends EventEmitter {
  constructor(
    private readonly host: string,
    private readonly port = 2404,
    private readonly log: (msg: string) => void = console.log,
  ) {
    super();
  }

  open(): FarmLink {
    const socket = connect({ host: this.host, port: this.port });
    socket.setEncoding('utf8');

    let protocolVersion = 'unknown';
    let turbineIds: string[] = [];
    let buffer = '';

    socket.on('data', (chunk: string) => {
      buffer += chunk;
      let nl: number;
      while ((nl = buffer.indexOf('\n')) !== -1) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        const hello = parseHello(line);
        if (hello) {
          protocolVersion = hello.version;
          turbineIds = hello.turbines;
          continue;
        }
        const [turbineId, wind, rpm, power] = line.split(';');
        if (!turbineId || power === undefined) continue;
        this.emit('telemetry', {
          turbineId,
          windSpeedMs: Number(wind),
          rotorRpm: Number(rpm),
          activePowerKw: Number(power),
        } satisfies TurbineTelemetry);
      }
    });

    socket.on('error', (err) => this.emit('error', err));
    socket.write(HELLO);

    this.log(`SCADA link to ${this.host}:${this.port} protocol=${protocolVersion} turbines=${turbineIds.length}`);
    return { socket, protocolVersion, turbineIds };
  }
}
