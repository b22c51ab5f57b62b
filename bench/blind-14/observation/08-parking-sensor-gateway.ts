// expect: none
// Correct: the 'message' listener is synchronous and attaches .catch to the async handler, so every rejection is routed to the 'error' path.
import { EventEmitter } from 'node:events';
import { createSocket, type Socket, type RemoteInfo } from 'node:dgram';

export interface BayEvent {
  sensorId: string;
  bay: string;
  occupied: boolean;
  batteryMv: number;
  receivedAt: Date;
}

declare const occupancyApi: {
  update(bay: string, occupied: boolean, at: Date): Promise<void>;
  reportLowBattery(sensorId: string, mv: number): Promise<void>;
};

const LOW_BATTERY_MV = 2900;

function decode(buf: Buffer, now: Date): BayEvent {
  if (buf.length < 12) throw new RangeError(`short frame (${buf.length} bytes)`);
  const sensorId = buf.subarray(0, 6).toString('hex');
  const bay = `L${buf.readUInt8(6)}-${buf.readUInt16BE(7)}`;
  const occupied = buf.readUInt8(9) === 1;
  const batteryMv = buf.readUInt16BE(10);
  return { sensorId, bay, occupied, batteryMv, receivedAt: now };
}

export class ParkingSensorGateway extends EventEmitter {
  private socket: Socket | null = null;
  private lastState = new Map<string, boolean>();

  listen(port: number): void {
    const socket = createSocket('udp4');
    socket.on('message', (msg: Buffer, rinfo: RemoteInfo) => {
      this.handleFrame(msg).catch((err: unknown) => {
        this.emit('error', Object.assign(new Error(`frame from ${rinfo.address} failed`), { cause: err }));
      });
    });
    socket.on('error', (err) => this.emit('error', err));
    socket.bind(port);
    this.socket = socket;
  }

  close(): void {
    this.socket?.close();
    this.socket = null;
  }

  private async handleFrame(msg: Buffer): Promise<void> {
    const event = decode(msg, new Date());
    const previous = this.lastState.get(event.bay);
    if (previous !== event.occupied) {
      this.lastState.set(event.bay, event.occupied);
      await occupancyApi.update(event.bay, event.occupied, event.receivedAt);
      this.emit('change', event);
    }
    if (event.batteryMv < LOW_BATTERY_MV) {
      await occupancyApi.reportLowBattery(event.sensorId, event.batteryMv);
    }
  }
}
