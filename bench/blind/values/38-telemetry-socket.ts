// expect: none
// `this.connected` is set in the 'connect' listener and only read later in send(), which queues messages until the socket reports it is connected.

import { connect, type Socket } from 'node:net';

export class TelemetrySocket {
  private connected = false;
  private readonly backlog: string[] = [];
  private readonly socket: Socket;

  constructor(host: string, port: number) {
    this.socket = connect({ host, port });
    this.socket.on('connect', () => {
      this.connected = true;
      for (const line of this.backlog.splice(0)) {
        this.socket.write(line);
      }
    });
    this.socket.on('error', (err) => {
      this.connected = false;
      console.error(`telemetry socket: ${err.message}`);
    });
  }

  send(metric: string, value: number): void {
    const line = `${metric}:${value}|g\n`;
    if (this.connected) {
      this.socket.write(line);
    } else {
      this.backlog.push(line);
    }
  }
}
