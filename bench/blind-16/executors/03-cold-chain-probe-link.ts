// expect: no-multiple-settle
// The connect-timeout timer is only cleared on 'error', not on 'connect', so it still fires after a successful resolve and destroys the live socket (its reject is a second settle attempt).
import * as net from 'node:net';
import { EventEmitter } from 'node:events';

export interface ProbeReading {
  probeId: string;
  celsius: number;
  at: Date;
}

export interface ProbeGateway {
  host: string;
  port: number;
  fridgeId: string;
}

const CONNECT_TIMEOUT_MS = 4000;
const SAFE_MIN_C = 2;
const SAFE_MAX_C = 8;

function openProbeSocket(gateway: ProbeGateway): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: gateway.host, port: gateway.port });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`probe gateway ${gateway.host}:${gateway.port} did not answer within ${CONNECT_TIMEOUT_MS}ms`));
    }, CONNECT_TIMEOUT_MS);

    socket.once('connect', () => {
      socket.setKeepAlive(true, 10_000);
      socket.setNoDelay(true);
      resolve(socket);
    });
    socket.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}

// Gateway frames look like: "P07;4.61;1718000000123\n"
function parseFrame(line: string): ProbeReading | null {
  const [probeId, temp, epochMs] = line.trim().split(';');
  const celsius = Number(temp);
  const at = Number(epochMs);
  if (!probeId || Number.isNaN(celsius) || Number.isNaN(at)) return null;
  return { probeId, celsius, at: new Date(at) };
}

export class ColdChainMonitor extends EventEmitter {
  private socket: net.Socket | null = null;
  private buffer = '';
  private lastByProbe = new Map<string, ProbeReading>();

  constructor(private readonly gateway: ProbeGateway) {
    super();
  }

  async start(): Promise<void> {
    const socket = await openProbeSocket(this.gateway);
    this.socket = socket;
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => this.onData(chunk));
    socket.on('error', (err) => this.emit('link-error', err));
    socket.on('close', () => {
      this.socket = null;
      this.emit('disconnected', this.gateway.fridgeId);
    });
    socket.write(`SUBSCRIBE ${this.gateway.fridgeId}\n`);
  }

  stop(): void {
    this.socket?.end(`UNSUBSCRIBE ${this.gateway.fridgeId}\n`);
  }

  latest(probeId: string): ProbeReading | undefined {
    return this.lastByProbe.get(probeId);
  }

  private onData(chunk: string): void {
    this.buffer += chunk;
    let newline = this.buffer.indexOf('\n');
    while (newline !== -1) {
      const line = this.buffer.slice(0, newline);
      this.buffer = this.buffer.slice(newline + 1);
      const reading = parseFrame(line);
      if (reading) this.record(reading);
      newline = this.buffer.indexOf('\n');
    }
  }

  private record(reading: ProbeReading): void {
    this.lastByProbe.set(reading.probeId, reading);
    this.emit('reading', reading);
    if (reading.celsius < SAFE_MIN_C || reading.celsius > SAFE_MAX_C) {
      this.emit('excursion', { fridgeId: this.gateway.fridgeId, ...reading });
    }
  }
}
