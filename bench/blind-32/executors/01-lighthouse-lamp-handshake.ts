// expect: no-multiple-settle
// readStatusFrame arms socket.setTimeout but, unlike the connect step, never listens for 'timeout', so a connected controller that stays silent leaves it pending forever.
import { Socket } from "node:net";

export interface LampStatus {
  stationId: string;
  rotationRpm: number;
  bulbHours: number;
  lensHeaterOn: boolean;
}

interface HandshakeOptions {
  host: string;
  port: number;
  timeoutMs?: number;
}

declare const stationRegistry: {
  lookup(stationId: string): Promise<HandshakeOptions>;
  markUnreachable(stationId: string, reason: string): Promise<void>;
};

const HELLO_FRAME = Buffer.from([0x02, 0x48, 0x45, 0x4c, 0x4f, 0x03]);

function parseStatusFrame(stationId: string, frame: Buffer): LampStatus {
  if (frame.length < 8 || frame[0] !== 0x02) {
    throw new Error(`malformed status frame from ${stationId}`);
  }
  return {
    stationId,
    rotationRpm: frame.readUInt16BE(1),
    bulbHours: frame.readUInt32BE(3),
    lensHeaterOn: frame[7] === 1,
  };
}

function openControllerSocket(opts: HandshakeOptions): Promise<Socket> {
  return new Promise<Socket>((resolve, reject) => {
    const socket = new Socket();
    socket.setTimeout(opts.timeoutMs ?? 4_000);

    const onError = (err: Error) => {
      socket.off("timeout", onTimeout);
      socket.destroy();
      reject(err);
    };
    const onTimeout = () => {
      socket.off("error", onError);
      socket.destroy();
      reject(new Error(`connect to ${opts.host}:${opts.port} timed out`));
    };

    socket.once("error", onError);
    socket.once("timeout", onTimeout);
    socket.once("connect", () => {
      socket.setTimeout(0);
      socket.off("error", onError);
      socket.off("timeout", onTimeout);
      resolve(socket);
    });

    socket.connect(opts.port, opts.host);
  });
}

function readStatusFrame(socket: Socket, stationId: string, timeoutMs: number): Promise<LampStatus> {
  return new Promise<LampStatus>((resolve, reject) => {
    let buffered = Buffer.alloc(0);
    socket.setTimeout(timeoutMs);

    const cleanup = () => {
      socket.setTimeout(0);
      socket.off("data", onData);
      socket.off("error", onError);
      socket.off("close", onClose);
    };
    const onData = (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      const end = buffered.indexOf(0x03);
      if (end === -1) return;
      cleanup();
      try {
        resolve(parseStatusFrame(stationId, buffered.subarray(0, end)));
      } catch (err) {
        reject(err);
      }
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const onClose = () => {
      cleanup();
      reject(new Error(`controller ${stationId} hung up before sending status`));
    };

    socket.on("data", onData);
    socket.once("error", onError);
    socket.once("close", onClose);
    socket.write(HELLO_FRAME);
  });
}

export async function pollLampStatus(stationId: string): Promise<LampStatus | undefined> {
  const opts = await stationRegistry.lookup(stationId);
  let socket: Socket;
  try {
    socket = await openControllerSocket(opts);
  } catch (err) {
    await stationRegistry.markUnreachable(stationId, (err as Error).message);
    return undefined;
  }

  try {
    return await readStatusFrame(socket, stationId, opts.timeoutMs ?? 4_000);
  } finally {
    socket.end();
  }
}

export async function sweepStations(stationIds: readonly string[]): Promise<LampStatus[]> {
  const statuses: LampStatus[] = [];
  for (const id of stationIds) {
    const status = await pollLampStatus(id);
    if (status) statuses.push(status);
  }
  return statuses;
}
