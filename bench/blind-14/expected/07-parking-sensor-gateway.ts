// expect: none
// The broker connection promise is created once and awaited by every publish on purpose (a cached connection); handlers are passed as callbacks.
import { EventEmitter, once } from 'node:events';
import { createSocket, type Socket } from 'node:dgram';

interface BrokerConnection {
  publish(topic: string, payload: string): Promise<void>;
  end(): Promise<void>;
}

declare function connectBroker(url: string, clientId: string): Promise<BrokerConnection>;

export interface BaySample {
  bayId: string;
  occupied: boolean;
  batteryMv: number;
  rssi: number;
}

function parseFrame(buf: Buffer): BaySample | null {
  if (buf.length < 8 || buf[0] !== 0xa5) return null;
  const bayId = buf.subarray(1, 5).toString('hex');
  return { bayId, occupied: buf[5] === 1, batteryMv: buf.readUInt16BE(6), rssi: buf.length > 8 ? buf.readInt8(8) : 0 };
}

export class ParkingGateway extends EventEmitter {
  private connection: Promise<BrokerConnection> | null = null;
  private socket: Socket | null = null;
  private lastState = new Map<string, boolean>();

  constructor(
    private readonly brokerUrl: string,
    private readonly lotId: string,
  ) {
    super();
  }

  private broker(): Promise<BrokerConnection> {
    if (!this.connection) {
      this.connection = connectBroker(this.brokerUrl, `gw-${this.lotId}`);
      this.connection.catch(() => {
        this.connection = null; // allow a later reconnect
      });
    }
    return this.connection;
  }

  private handleSample = async (sample: BaySample): Promise<void> => {
    if (sample.batteryMv < 2_900) this.emit('low-battery', sample.bayId);
    if (this.lastState.get(sample.bayId) === sample.occupied) return;
    this.lastState.set(sample.bayId, sample.occupied);
    const conn = await this.broker();
    await conn.publish(`lots/${this.lotId}/bays/${sample.bayId}`, JSON.stringify(sample));
  };

  async listen(port: number): Promise<void> {
    const socket = createSocket('udp4');
    socket.on('message', (msg) => {
      const sample = parseFrame(msg);
      if (sample) this.handleSample(sample).catch((err) => this.emit('error', err));
    });
    socket.bind(port);
    await once(socket, 'listening');
    this.socket = socket;
    await this.broker();
  }

  async publishOccupancy(): Promise<void> {
    const occupied = [...this.lastState.values()].filter(Boolean).length;
    const conn = await this.broker();
    await conn.publish(`lots/${this.lotId}/summary`, JSON.stringify({ occupied, total: this.lastState.size }));
  }

  async close(): Promise<void> {
    this.socket?.close();
    if (this.connection) {
      const conn = await this.connection;
      await conn.end();
    }
  }
}
