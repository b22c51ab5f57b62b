// expect: none
// Both executors settle exactly once: the archive promise is guarded by a settled flag and listens for 'error' on every stream, and the connect timer is cleared on connect and on error.
import { createReadStream, createWriteStream } from 'node:fs';
import { stat, unlink } from 'node:fs/promises';
import * as net from 'node:net';
import { createGzip } from 'node:zlib';
import { pipeline } from 'node:stream/promises';

export interface DockEndpoint {
  stationId: string;
  host: string;
  port: number;
}

const CONNECT_TIMEOUT_MS = 5000;

function archiveDockLog(src: string, dest: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const input = createReadStream(src);
    const gzip = createGzip({ level: 6 });
    const output = createWriteStream(dest);
    let settled = false;

    const fail = (err: Error) => {
      if (settled) return;
      settled = true;
      input.destroy();
      gzip.destroy();
      output.destroy();
      reject(err);
    };

    input.on('error', fail);
    gzip.on('error', fail);
    output.on('error', fail);
    output.on('finish', () => {
      if (settled) return;
      settled = true;
      resolve(output.bytesWritten);
    });

    input.pipe(gzip).pipe(output);
  });
}

function connectDock(endpoint: DockEndpoint): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: endpoint.host, port: endpoint.port });

    const onConnect = () => {
      clearTimeout(timer);
      socket.off('error', onError);
      resolve(socket);
    };
    const onError = (err: Error) => {
      clearTimeout(timer);
      socket.off('connect', onConnect);
      reject(err);
    };
    const timer = setTimeout(() => {
      socket.off('connect', onConnect);
      socket.off('error', onError);
      socket.destroy();
      reject(new Error(`dock ${endpoint.stationId} did not accept a connection within ${CONNECT_TIMEOUT_MS}ms`));
    }, CONNECT_TIMEOUT_MS);

    socket.once('connect', onConnect);
    socket.once('error', onError);
  });
}

// Nightly job: compress each dock's rental log and push it to the station's collector.
export async function uploadRentalLog(endpoint: DockEndpoint, logFile: string): Promise<{ rawBytes: number; sentBytes: number }> {
  const archive = `${logFile}.gz`;
  const { size: rawBytes } = await stat(logFile);
  const sentBytes = await archiveDockLog(logFile, archive);

  const socket = await connectDock(endpoint);
  try {
    socket.write(`PUT ${endpoint.stationId} ${sentBytes}\n`);
    await pipeline(createReadStream(archive), socket);
  } finally {
    socket.destroy();
    await unlink(archive).catch(() => undefined);
  }
  return { rawBytes, sentBytes };
}
