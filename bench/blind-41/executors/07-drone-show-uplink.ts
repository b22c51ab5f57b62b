// expect: no-multiple-settle
// sendCommand's 'message' listener is never removed on success, so every later ack for that drone calls resolve again.
import dgram from 'node:dgram';

export type DroneCommand =
  | { op: 'arm' }
  | { op: 'goto'; x: number; y: number; z: number }
  | { op: 'color'; rgb: [number, number, number] }
  | { op: 'land' };

interface AckPacket {
  droneId: number;
  seq: number;
  status: 'ok' | 'rejected';
  battery: number;
}

export class ShowUplink {
  private readonly socket = dgram.createSocket('udp4');
  private seq = 0;

  constructor(
    private readonly groundStationHost: string,
    private readonly port = 14_550,
    private readonly ackTimeoutMs = 800,
  ) {}

  sendCommand(droneId: number, command: DroneCommand): Promise<AckPacket> {
    const seq = ++this.seq;
    const payload = Buffer.from(JSON.stringify({ droneId, seq, ...command }));

    return new Promise<AckPacket>((resolve, reject) => {
      const onMessage = (msg: Buffer) => {
        let ack: AckPacket;
        try {
          ack = JSON.parse(msg.toString('utf8')) as AckPacket;
        } catch {
          return;
        }
        if (ack.droneId !== droneId) return;
        clearTimeout(timer);
        if (ack.status === 'rejected') {
          reject(new Error(`drone ${droneId} rejected ${command.op} (seq ${ack.seq})`));
          return;
        }
        resolve(ack);
      };
      const timer = setTimeout(() => {
        this.socket.off('message', onMessage);
        reject(new Error(`drone ${droneId} did not ack ${command.op} within ${this.ackTimeoutMs}ms`));
      }, this.ackTimeoutMs);

      this.socket.on('message', onMessage);
      this.socket.send(payload, this.port, this.groundStationHost, (err) => {
        if (err) {
          clearTimeout(timer);
          this.socket.off('message', onMessage);
          reject(err);
        }
      });
    });
  }

  async runFormation(
    waypoints: Map<number, { x: number; y: number; z: number; rgb: [number, number, number] }>,
  ): Promise<number> {
    let lowestBattery = 100;
    for (const [droneId, wp] of waypoints) {
      const moved = await this.sendCommand(droneId, { op: 'goto', x: wp.x, y: wp.y, z: wp.z });
      const lit = await this.sendCommand(droneId, { op: 'color', rgb: wp.rgb });
      lowestBattery = Math.min(lowestBattery, moved.battery, lit.battery);
    }
    return lowestBattery;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.socket.close(() => resolve()));
  }
}
