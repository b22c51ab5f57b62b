// expect: none
// The reader connection is acquired before the promise is constructed, and the executor settles once on reply, error, close or timeout with all listeners removed.
import type { Socket } from 'node:net';

export interface GateReaderPool {
  acquire(gateId: string): Promise<Socket>;
  release(gateId: string, socket: Socket): void;
  discard(gateId: string, socket: Socket): void;
}

export interface SkiPassScan {
  gateId: string;
  tagUid: string;
  valid: boolean;
  ridesLeft: number | null;
}

function frame(tagUid: string): Buffer {
  return Buffer.from(`VALIDATE ${tagUid}\r\n`, 'ascii');
}

function parseReply(gateId: string, tagUid: string, line: string): SkiPassScan {
  const [verdict, rides] = line.trim().split(' ');
  return {
    gateId,
    tagUid,
    valid: verdict === 'OPEN',
    ridesLeft: rides === undefined || rides === '-' ? null : Number(rides),
  };
}

export async function validateTag(
  pool: GateReaderPool,
  gateId: string,
  tagUid: string,
  timeoutMs = 1_500,
): Promise<SkiPassScan> {
  const socket = await pool.acquire(gateId);

  return new Promise<SkiPassScan>((resolve, reject) => {
    let buffered = '';

    const done = (err: Error | null, scan?: SkiPassScan) => {
      clearTimeout(timer);
      socket.off('data', onData);
      socket.off('error', onError);
      socket.off('close', onClose);
      if (err) {
        pool.discard(gateId, socket);
        reject(err);
      } else {
        pool.release(gateId, socket);
        resolve(scan!);
      }
    };

    const onData = (chunk: Buffer) => {
      buffered += chunk.toString('ascii');
      const end = buffered.indexOf('\r\n');
      if (end === -1) return;
      done(null, parseReply(gateId, tagUid, buffered.slice(0, end)));
    };
    const onError = (err: Error) => done(err);
    const onClose = () => done(new Error(`gate ${gateId} reader closed the connection`));

    const timer = setTimeout(() => {
      done(new Error(`gate ${gateId} did not answer for tag ${tagUid}`));
    }, timeoutMs);

    socket.on('data', onData);
    socket.on('error', onError);
    socket.on('close', onClose);
    socket.write(frame(tagUid));
  });
}
