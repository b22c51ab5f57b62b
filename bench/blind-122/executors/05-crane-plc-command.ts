// expect: no-multiple-settle
// The executor is async and awaits pool.acquire() before wiring any handlers, so if acquiring a PLC connection fails the returned promise never settles.
import type { Socket } from 'node:net';

export interface PlcPool {
  acquire(craneId: string): Promise<Socket>;
  release(craneId: string, socket: Socket): void;
  destroy(craneId: string, socket: Socket): void;
}

export type CraneCommand =
  | { kind: 'hoist'; meters: number }
  | { kind: 'trolley'; meters: number }
  | { kind: 'gantry'; bay: number }
  | { kind: 'spreader'; action: 'lock' | 'unlock' };

export interface CraneAck {
  craneId: string;
  seq: number;
  status: 'ok' | 'refused';
  detail?: string;
}

let nextSeq = 1;

function encode(seq: number, cmd: CraneCommand): Buffer {
  return Buffer.from(JSON.stringify({ seq, ...cmd }) + '\n', 'utf8');
}

export function sendCraneCommand(
  pool: PlcPool,
  craneId: string,
  cmd: CraneCommand,
  timeoutMs = 8_000,
): Promise<CraneAck> {
  const seq = nextSeq++;
  return new Promise<CraneAck>(async (resolve, reject) => {
    const socket = await pool.acquire(craneId);
    let buffered = '';

    const finish = (err: Error | null, ack?: CraneAck) => {
      clearTimeout(timer);
      socket.off('data', onData);
      socket.off('error', onError);
      if (err) {
        pool.destroy(craneId, socket);
        reject(err);
      } else {
        pool.release(craneId, socket);
        resolve(ack!);
      }
    };

    const onData = (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const newline = buffered.indexOf('\n');
      if (newline === -1) return;
      const line = buffered.slice(0, newline);
      buffered = buffered.slice(newline + 1);
      let reply: Omit<CraneAck, 'craneId'>;
      try {
        reply = JSON.parse(line) as Omit<CraneAck, 'craneId'>;
      } catch {
        finish(new Error(`crane ${craneId} sent malformed ack: ${line.slice(0, 80)}`));
        return;
      }
      if (reply.seq !== seq) return;
      finish(null, { craneId, ...reply });
    };
    const onError = (err: Error) => finish(err);

    const timer = setTimeout(() => {
      finish(new Error(`crane ${craneId} did not ack ${cmd.kind} #${seq} in ${timeoutMs} ms`));
    }, timeoutMs);

    socket.on('data', onData);
    socket.once('error', onError);
    socket.write(encode(seq, cmd));
  });
}

export async function moveToBay(pool: PlcPool, craneId: string, bay: number): Promise<void> {
  const ack = await sendCraneCommand(pool, craneId, { kind: 'gantry', bay }, 30_000);
  if (ack.status !== 'ok') {
    throw new Error(`crane ${craneId} refused gantry move to bay ${bay}: ${ack.detail ?? 'no detail'}`);
  }
}
