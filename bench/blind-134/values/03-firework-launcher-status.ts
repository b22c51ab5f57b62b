// expect: no-read-before-settle
// arm() registers a once('ack') listener that sets lastAck, sends the command, and then checks lastAck immediately, before the acknowledgement event can possibly have arrived.
import { EventEmitter } from 'node:events';
import type { Socket } from 'node:net';

export type AckCode = 'OK' | 'NOKEY' | 'CONTINUITY' | 'BUSY';

export interface LauncherState {
  launcherId: string;
  armed: boolean;
  lastAck: AckCode | undefined;
  batteryV: number;
}

export class LauncherLink extends EventEmitter {
  private buffer = '';

  constructor(private readonly socket: Socket) {
    super();
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => this.onData(chunk));
  }

  send(line: string): void {
    this.socket.write(`${line}\r\n`);
  }

  private onData(chunk: string): void {
    this.buffer += chunk;
    let idx: number;
    while ((idx = this.buffer.indexOf('\r\n')) !== -1) {
      const line = this.buffer.slice(0, idx);
      this.buffer = this.buffer.slice(idx + 2);
      const [kind, value] = line.split(' ');
      if (kind === 'ACK') this.emit('ack', value as AckCode);
      else if (kind === 'BAT') this.emit('battery', Number(value));
    }
  }
}

export class Launcher {
  private state: LauncherState;

  constructor(
    launcherId: string,
    private readonly link: LauncherLink,
  ) {
    this.state = { launcherId, armed: false, lastAck: undefined, batteryV: 0 };
    link.on('battery', (v: number) => {
      this.state.batteryV = v;
    });
  }

  arm(keySerial: string): LauncherState {
    if (this.state.batteryV > 0 && this.state.batteryV < 11.5) {
      throw new Error(`${this.state.launcherId}: battery at ${this.state.batteryV}V, refusing to arm`);
    }
    let lastAck: AckCode | undefined;
    this.link.once('ack', (code: AckCode) => {
      lastAck = code;
    });
    this.link.send(`ARM ${this.state.launcherId} ${keySerial}`);

    if (lastAck !== 'OK') {
      throw new Error(`${this.state.launcherId}: arm refused (${lastAck ?? 'no ack'})`);
    }
    this.state = { ...this.state, armed: true, lastAck };
    return this.state;
  }

  disarm(): void {
    this.link.send(`SAFE ${this.state.launcherId}`);
    this.state = { ...this.state, armed: false };
  }

  snapshot(): LauncherState {
    return { ...this.state };
  }
}
