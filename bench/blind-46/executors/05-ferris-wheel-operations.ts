// expect: no-multiple-settle
// awaitControllerState only reacts to 'line'; if the PLC socket closes or errors first the promise never settles.
import { createConnection, type Socket } from 'node:net';
import { createInterface } from 'node:readline';

export type WheelState = 'IDLE' | 'BOARDING' | 'ROTATING' | 'HOLD' | 'ESTOP';

export interface GondolaStatus {
  gondola: number;
  doorClosed: boolean;
  occupants: number;
}

export interface WheelConfig {
  plcHost: string;
  plcPort: number;
  gondolas: number;
  maxOccupantsPerGondola: number;
}

class ControllerFault extends Error {
  constructor(readonly code: string) {
    super(`wheel controller reported fault ${code}`);
    this.name = 'ControllerFault';
  }
}

function awaitControllerState(socket: Socket, wanted: WheelState): Promise<WheelState> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: socket, crlfDelay: Infinity });
    lines.on('line', (raw) => {
      const [kind, value] = raw.split(' ', 2);
      if (kind === 'FAULT') {
        lines.close();
        reject(new ControllerFault(value ?? 'UNKNOWN'));
      } else if (kind === 'STATE' && value === wanted) {
        lines.close();
        resolve(wanted);
      }
    });
  });
}

function send(socket: Socket, command: string): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.write(`${command}\r\n`, (err) => (err ? reject(err) : resolve()));
  });
}

export class WheelOperator {
  private socket: Socket | undefined;

  constructor(private readonly config: WheelConfig) {}

  private connection(): Socket {
    if (!this.socket || this.socket.destroyed) {
      this.socket = createConnection({ host: this.config.plcHost, port: this.config.plcPort });
      this.socket.setKeepAlive(true, 5_000);
    }
    return this.socket;
  }

  validateManifest(statuses: GondolaStatus[]): string[] {
    const problems: string[] = [];
    if (statuses.length !== this.config.gondolas) {
      problems.push(`expected ${this.config.gondolas} gondola reports, got ${statuses.length}`);
    }
    for (const s of statuses) {
      if (!s.doorClosed) problems.push(`gondola ${s.gondola} door open`);
      if (s.occupants > this.config.maxOccupantsPerGondola) {
        problems.push(`gondola ${s.gondola} over capacity (${s.occupants})`);
      }
    }
    return problems;
  }

  async startRotation(statuses: GondolaStatus[]): Promise<void> {
    const problems = this.validateManifest(statuses);
    if (problems.length > 0) throw new Error(`cannot start rotation: ${problems.join('; ')}`);
    const socket = this.connection();
    await Promise.all([awaitControllerState(socket, 'ROTATING'), send(socket, 'CMD ROTATE')]);
  }

  async holdForBoarding(): Promise<void> {
    const socket = this.connection();
    await Promise.all([awaitControllerState(socket, 'HOLD'), send(socket, 'CMD HOLD')]);
  }

  close(): void {
    this.socket?.end();
    this.socket = undefined;
  }
}
