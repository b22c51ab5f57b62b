// expect: no-read-before-settle
// sampleRate is assigned inside the socket 'data' listener for the HELLO reply, but connect() sizes the ring buffer from it synchronously right after registering the listener, so it always uses the default 100 Hz.
import { Socket } from 'node:net';
import { once, EventEmitter } from 'node:events';

export interface StationLinkOptions {
  host: string;
  port: number;
  stationCode: string;
  bufferSeconds?: number;
}

interface HelloReply {
  station: string;
  sampleRate: number;
  channels: string[];
}

function parseHello(chunk: Buffer): HelloReply {
  // e.g. "HELLO KRSN 200 BHZ,BHN,BHE\n"
  const [, station, rate, channels] = chunk.toString('ascii').trim().split(/\s+/);
  return { station, sampleRate: Number(rate), channels: channels ? channels.split(',') : [] };
}

export class StationLink extends EventEmitter {
  private socket = new Socket();
  private sampleRate = 100;
  private channels: string[] = [];
  private ring: Float32Array = new Float32Array(0);
  private writeIndex = 0;

  constructor(private readonly opts: StationLinkOptions) {
    super();
  }

  async connect(): Promise<void> {
    const { host, port, stationCode, bufferSeconds = 120 } = this.opts;
    this.socket.setNoDelay(true);
    this.socket.connect(port, host);
    await once(this.socket, 'connect');

    this.socket.once('data', (chunk: Buffer) => {
      const hello = parseHello(chunk);
      if (hello.station !== stationCode) {
        this.emit('error', new Error(`expected ${stationCode}, got ${hello.station}`));
        return;
      }
      this.sampleRate = hello.sampleRate;
      this.channels = hello.channels;
      this.socket.on('data', (c: Buffer) => this.ingest(c));
    });
    this.socket.write(`HELLO ${stationCode}\n`);

    this.ring = new Float32Array(this.sampleRate * bufferSeconds);
    this.writeIndex = 0;
    this.emit('ready', { station: stationCode, capacity: this.ring.length });
  }

  private ingest(chunk: Buffer): void {
    // samples arrive as little-endian float32, vertical channel only
    for (let off = 0; off + 4 <= chunk.length; off += 4) {
      this.ring[this.writeIndex] = chunk.readFloatLE(off);
      this.writeIndex = (this.writeIndex + 1) % this.ring.length;
    }
    this.emit('samples', chunk.length / 4);
  }

  /** Peak absolute amplitude over the last `seconds` of data. */
  peakAmplitude(seconds: number): number {
    const n = Math.min(this.ring.length, Math.round(seconds * this.sampleRate));
    let peak = 0;
    for (let i = 1; i <= n; i++) {
      const idx = (this.writeIndex - i + this.ring.length) % this.ring.length;
      peak = Math.max(peak, Math.abs(this.ring[idx]));
    }
    return peak;
  }

  describe(): string {
    return `${this.opts.stationCode} @ ${this.sampleRate} Hz [${this.channels.join(', ')}]`;
  }

  close(): void {
    this.socket.end();
  }
}
