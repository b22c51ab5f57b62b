// expect: no-multiple-settle
// sendCommand settles only on a parsed status line or a socket error, so when the controller closes the connection cleanly without sending a status line the promise never settles.
import { connect, type Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

export type ShutterState = 'open' | 'closed' | 'moving' | 'fault';

export interface DomeControllerOptions {
  host: string;
  port: number;
  idleTimeoutMs?: number;
}

export interface ShutterStatus {
  state: ShutterState;
  apertureDeg: number;
}

const STATUS_LINE = /^SHUTTER (OPEN|CLOSED|MOVING|FAULT)(?: (\d+))?$/;

function parseStatus(line: string): ShutterStatus | undefined {
  const m = STATUS_LINE.exec(line.trim());
  if (!m) return undefined;
  return {
    state: m[1].toLowerCase() as ShutterState,
    apertureDeg: m[2] ? Number(m[2]) : 0,
  };
}

export class DomeShutterClient {
  constructor(private readonly opts: DomeControllerOptions) {}

  private dial(): Socket {
    const socket = connect({ host: this.opts.host, port: this.opts.port });
    socket.setEncoding('utf8');
    socket.setTimeout(this.opts.idleTimeoutMs ?? 5_000);
    socket.on('timeout', () => socket.destroy(new Error('dome controller went quiet')));
    return socket;
  }

  sendCommand(command: 'OPEN' | 'CLOSE' | 'STATUS'): Promise<ShutterStatus> {
    const socket = this.dial();
    return new Promise<ShutterStatus>((resolve, reject) => {
      let buffered = '';
      socket.on('data', (chunk: string) => {
        buffered += chunk;
        let nl: number;
        while ((nl = buffered.indexOf('\n')) >= 0) {
          const line = buffered.slice(0, nl);
          buffered = buffered.slice(nl + 1);
          const status = parseStatus(line);
          if (status) {
            socket.destroy();
            resolve(status);
            return;
          }
        }
      });
      socket.on('error', (err) => reject(err));
      socket.write(`${command}\n`);
    });
  }

  async closeAndWait(pollMs = 2_000, maxPolls = 60): Promise<ShutterStatus> {
    let status = await this.sendCommand('CLOSE');
    for (let i = 0; i < maxPolls; i++) {
      if (status.state === 'closed') return status;
      if (status.state === 'fault') {
        throw new Error(`shutter fault at ${status.apertureDeg}deg while closing`);
      }
      await sleep(pollMs);
      status = await this.sendCommand('STATUS');
    }
    throw new Error(`shutter still ${status.state} after ${maxPolls} polls`);
  }
}
