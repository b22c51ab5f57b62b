// expect: no-read-before-settle
// lastAck is assigned by the once('data') listener but setSpeed reads it synchronously right after writing the command, before the controller's reply can have arrived.
import { Socket } from 'node:net';

export interface FanAck {
  shaft: string;
  ok: boolean;
  rpm: number;
  code?: string;
}

function parseAck(line: string): FanAck | undefined {
  // ACK <shaft> <rpm>   or   NAK <shaft> <code>
  const [kind, shaft, value] = line.trim().split(/\s+/);
  if (!shaft || !value) return undefined;
  if (kind === 'ACK') return { shaft, ok: true, rpm: Number(value) };
  if (kind === 'NAK') return { shaft, ok: false, rpm: 0, code: value };
  return undefined;
}

export class FanControllerLink {
  private lastAck: FanAck | undefined;
  private lastError: Error | undefined;

  constructor(
    private readonly socket: Socket,
    private readonly maxRpm = 1_450,
  ) {
    socket.setEncoding('utf8');
    socket.on('error', (err) => {
      this.lastError = err;
    });
  }

  setSpeed(shaft: string, rpm: number): FanAck {
    if (this.lastError) throw new Error(`fan controller link is down: ${this.lastError.message}`);
    const target = Math.max(0, Math.min(Math.round(rpm), this.maxRpm));

    this.socket.once('data', (chunk: string) => {
      this.lastAck = parseAck(chunk);
    });
    this.socket.write(`SET ${shaft} ${target}\n`);

    const ack = this.lastAck;
    if (!ack || ack.shaft !== shaft || !ack.ok) {
      throw new Error(`fan controller rejected ${shaft}@${target}: ${ack?.code ?? 'no acknowledgement'}`);
    }
    return ack;
  }

  rampShaft(shaft: string, fromRpm: number, toRpm: number, steps = 4): FanAck[] {
    const acks: FanAck[] = [];
    for (let i = 1; i <= steps; i++) {
      acks.push(this.setSpeed(shaft, fromRpm + ((toRpm - fromRpm) * i) / steps));
    }
    return acks;
  }
}

export function ventilationOrder(shafts: Array<{ id: string; depthM: number }>): string[] {
  // Deepest shafts are ramped first so fresh air is pulled down before the upper levels speed up.
  return [...shafts].sort((a, b) => b.depthM - a.depthM).map((s) => s.id);
}
