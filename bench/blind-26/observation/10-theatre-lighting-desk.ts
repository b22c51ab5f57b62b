// expect: none
// The async sends from the tick timer and socket listener are deliberate fire-and-forget with .catch routing errors to the 'error' event.
import { createSocket, type Socket } from 'node:dgram';
import { EventEmitter } from 'node:events';

const ARTNET_PORT = 6454;
const CHANNELS = 512;

export interface Cue {
  number: string;
  levels: Map<number, number>;
  fadeMs: number;
}

export class LightingDesk extends EventEmitter {
  private readonly socket: Socket = createSocket('udp4');
  private readonly output = new Uint8Array(CHANNELS);
  private tick: NodeJS.Timeout | null = null;
  private sequence = 0;
  private fade: { from: Uint8Array; cue: Cue; startedAt: number } | null = null;

  constructor(private readonly nodeAddress: string, private readonly universe = 0) {
    super();
    this.socket.on('message', (msg) => {
      this.handleReply(msg).catch((err) => this.emit('error', err));
    });
  }

  start(frameRateHz = 40): void {
    if (this.tick) return;
    this.tick = setInterval(() => {
      this.advanceFade(Date.now());
      void this.sendFrame().catch((err) => this.emit('error', err));
    }, 1000 / frameRateHz);
  }

  stop(): void {
    if (this.tick) clearInterval(this.tick);
    this.tick = null;
    this.socket.close();
  }

  go(cue: Cue): void {
    this.fade = { from: this.output.slice(), cue, startedAt: Date.now() };
    this.emit('cue', cue.number);
  }

  private advanceFade(now: number): void {
    if (!this.fade) return;
    const { from, cue, startedAt } = this.fade;
    const t = cue.fadeMs <= 0 ? 1 : Math.min(1, (now - startedAt) / cue.fadeMs);
    for (const [channel, target] of cue.levels) {
      const start = from[channel - 1] ?? 0;
      this.output[channel - 1] = Math.round(start + (target - start) * t);
    }
    if (t >= 1) this.fade = null;
  }

  private sendFrame(): Promise<void> {
    const header = Buffer.from('Art-Net\0', 'ascii');
    const packet = Buffer.alloc(18 + CHANNELS);
    header.copy(packet, 0);
    packet.writeUInt16LE(0x5000, 8);
    packet.writeUInt16BE(14, 10);
    packet.writeUInt8(this.sequence = (this.sequence + 1) % 256, 12);
    packet.writeUInt16LE(this.universe, 14);
    packet.writeUInt16BE(CHANNELS, 16);
    packet.set(this.output, 18);
    return new Promise((resolve, reject) => {
      this.socket.send(packet, ARTNET_PORT, this.nodeAddress, (err) => (err ? reject(err) : resolve()));
    });
  }

  private async handleReply(msg: Buffer): Promise<void> {
    if (msg.subarray(0, 8).toString('ascii') !== 'Art-Net\0') return;
    const opcode = msg.readUInt16LE(8);
    if (opcode === 0x2100) {
      const shortName = msg.subarray(26, 44).toString('ascii').replace(/\0+$/, '');
      this.emit('node', { address: this.nodeAddress, shortName });
    }
  }
}
