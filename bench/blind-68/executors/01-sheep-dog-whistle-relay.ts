// expect: no-multiple-settle
// Bug: the 'data' listener stays attached and settles on every matching frame, so a retransmitted ACK or late NAK settles the promise again.
import { EventEmitter } from 'node:events';

export type WhistlePattern = 'come-bye' | 'away' | 'walk-up' | 'lie-down' | 'that-will-do';

export interface WhistleCommand {
  handlerId: string;
  pattern: WhistlePattern;
  durationMs: number;
}

export interface CollarLink extends EventEmitter {
  readonly collarId: string;
  write(frame: Buffer): boolean;
}

interface Reply {
  kind: 'ack' | 'nak' | 'noise';
  seq: number;
  reason?: string;
}

declare const trialLog: {
  info(msg: string, meta?: Record<string, unknown>): void;
  warn(msg: string, meta?: Record<string, unknown>): void;
};

const PATTERN_CODES: Record<WhistlePattern, number> = {
  'come-bye': 0x11,
  away: 0x12,
  'walk-up': 0x13,
  'lie-down': 0x14,
  'that-will-do': 0x1f,
};

function encodeFrame(cmd: WhistleCommand, seq: number): Buffer {
  const frame = Buffer.alloc(8);
  frame.writeUInt8(0xa5, 0);
  frame.writeUInt16BE(seq, 1);
  frame.writeUInt8(PATTERN_CODES[cmd.pattern], 3);
  frame.writeUInt16BE(Math.min(cmd.durationMs, 0xffff), 4);
  frame.writeUInt16BE(frame.subarray(0, 6).reduce((a, b) => (a + b) & 0xffff, 0), 6);
  return frame;
}

function parseReply(chunk: Buffer): Reply {
  if (chunk.length < 4 || chunk[0] !== 0x5a) return { kind: 'noise', seq: -1 };
  const seq = chunk.readUInt16BE(1);
  const status = chunk[3];
  if (status === 0x06) return { kind: 'ack', seq };
  if (status === 0x15) {
    return { kind: 'nak', seq, reason: chunk.subarray(4).toString('latin1') || 'unspecified' };
  }
  return { kind: 'noise', seq };
}

export class WhistleRelay {
  private seq = 0;

  constructor(private readonly link: CollarLink) {}

  /** Sends one command and resolves with the round-trip latency in ms. */
  send(cmd: WhistleCommand): Promise<number> {
    const seq = (this.seq = (this.seq + 1) & 0xffff);
    const started = Date.now();

    return new Promise<number>((resolve, reject) => {
      const detach = () => {
        this.link.off('close', onClose);
        this.link.off('error', onError);
      };
      const onClose = () => {
        detach();
        reject(new Error(`collar ${this.link.collarId} link closed`));
      };
      const onError = (err: Error) => {
        detach();
        reject(err);
      };
      this.link.on('close', onClose);
      this.link.on('error', onError);

      this.link.on('data', (chunk: Buffer) => {
        const reply = parseReply(chunk);
        if (reply.seq !== seq) return;
        if (reply.kind === 'ack') {
          detach();
          resolve(Date.now() - started);
        } else if (reply.kind === 'nak') {
          detach();
          reject(new Error(`collar ${this.link.collarId} refused ${cmd.pattern}: ${reply.reason}`));
        }
      });

      this.link.write(encodeFrame(cmd, seq));
    });
  }
}

export async function runOutrun(relay: WhistleRelay, handlerId: string): Promise<number[]> {
  const plan: WhistlePattern[] = ['come-bye', 'walk-up', 'away', 'lie-down', 'that-will-do'];
  const latencies: number[] = [];
  for (const pattern of plan) {
    const latency = await relay.send({ handlerId, pattern, durationMs: 600 });
    if (latency > 250) trialLog.warn('slow collar response', { handlerId, pattern, latency });
    latencies.push(latency);
  }
  trialLog.info('outrun complete', { handlerId, mean: latencies.reduce((a, b) => a + b, 0) / latencies.length });
  return latencies;
}
