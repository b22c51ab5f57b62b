// expect: no-multiple-settle
// The ack handler resolves but never clears the resend interval, so the interval keeps resending and eventually reaches the attempt limit and rejects the already-resolved promise.
import { createSocket, type Socket } from 'node:dgram';
import { EventEmitter } from 'node:events';

export interface FoilFrame {
  seq: number;
  vessel: string;
  foilDepthCm: number;
  pitchDeg: number;
  rollDeg: number;
  speedKn: number;
}

export interface Ack {
  seq: number;
  receivedAt: number;
}

export class ShoreLink extends EventEmitter {
  private readonly socket: Socket;

  constructor(private readonly host: string, private readonly port: number) {
    super();
    this.socket = createSocket('udp4');
    this.socket.on('message', (buf) => {
      const text = buf.toString('utf8');
      const m = /^ACK (\d+) (\d+)$/.exec(text.trim());
      if (m) this.emit('ack', { seq: Number(m[1]), receivedAt: Number(m[2]) } satisfies Ack);
    });
  }

  send(frame: FoilFrame): void {
    const line = [frame.seq, frame.vessel, frame.foilDepthCm, frame.pitchDeg, frame.rollDeg, frame.speedKn].join('|');
    this.socket.send(line, this.port, this.host);
  }

  close(): void {
    this.socket.close();
  }
}

export function sendWithAck(
  link: ShoreLink,
  frame: FoilFrame,
  { resendMs = 400, maxAttempts = 6 }: { resendMs?: number; maxAttempts?: number } = {},
): Promise<Ack> {
  return new Promise<Ack>((resolve, reject) => {
    let attempts = 1;
    link.send(frame);

    const onAck = (ack: Ack) => {
      if (ack.seq !== frame.seq) return;
      link.off('ack', onAck);
      resolve(ack);
    };
    link.on('ack', onAck);

    const resend = setInterval(() => {
      if (attempts >= maxAttempts) {
        clearInterval(resend);
        link.off('ack', onAck);
        reject(new Error(`frame ${frame.seq} from ${frame.vessel} unacknowledged after ${attempts} sends`));
        return;
      }
      attempts++;
      link.send(frame);
    }, resendMs);
  });
}

export async function streamCrossing(link: ShoreLink, frames: AsyncIterable<FoilFrame>): Promise<number> {
  let lagTotal = 0;
  let count = 0;
  for await (const frame of frames) {
    const sentAt = Date.now();
    const ack = await sendWithAck(link, frame);
    lagTotal += ack.receivedAt - sentAt;
    count++;
  }
  return count === 0 ? 0 : lagTotal / count;
}
