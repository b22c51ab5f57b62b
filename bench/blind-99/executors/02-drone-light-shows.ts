// expect: none
// The arming executor settles exactly once: every exit path goes through finish(), which clears the timer and removes the message and error listeners before resolving or rejecting.
import { createSocket, type Socket, type RemoteInfo } from 'node:dgram';

export interface ArmAck {
  droneId: string;
  battery: number;
  gpsLock: boolean;
}

export interface ArmOptions {
  timeoutMs: number;
  minBattery: number;
}

function decodeAck(msg: Buffer): ArmAck | undefined {
  const text = msg.toString('utf8');
  const [tag, droneId, battery, lock] = text.split('|');
  if (tag !== 'ARMED' || !droneId) return undefined;
  return { droneId, battery: Number(battery), gpsLock: lock === '1' };
}

export function waitForSwarmArmed(socket: Socket, expected: Set<string>, opts: ArmOptions): Promise<ArmAck[]> {
  return new Promise<ArmAck[]>((resolve, reject) => {
    const acks = new Map<string, ArmAck>();

    const finish = (err?: Error) => {
      clearTimeout(timer);
      socket.off('message', onMessage);
      socket.off('error', onError);
      if (err) reject(err);
      else resolve([...acks.values()]);
    };

    const onMessage = (msg: Buffer, _rinfo: RemoteInfo) => {
      const ack = decodeAck(msg);
      if (!ack || !expected.has(ack.droneId)) return;
      if (ack.battery < opts.minBattery || !ack.gpsLock) {
        finish(new Error(`drone ${ack.droneId} not fit to fly (battery ${ack.battery}%, gps ${ack.gpsLock})`));
        return;
      }
      acks.set(ack.droneId, ack);
      if (acks.size === expected.size) finish();
    };

    const onError = (err: Error) => finish(err);

    const timer = setTimeout(() => {
      const missing = [...expected].filter((id) => !acks.has(id));
      finish(new Error(`arming timed out, missing: ${missing.join(', ')}`));
    }, opts.timeoutMs);

    socket.on('message', onMessage);
    socket.on('error', onError);
  });
}

export async function armShow(groundStationPort: number, fleet: string[]): Promise<ArmAck[]> {
  const socket = createSocket('udp4');
  try {
    await new Promise<void>((resolve, reject) => {
      socket.once('error', reject);
      socket.bind(groundStationPort, () => {
        socket.off('error', reject);
        resolve();
      });
    });
    return await waitForSwarmArmed(socket, new Set(fleet), { timeoutMs: 15_000, minBattery: 60 });
  } finally {
    socket.close();
  }
}
