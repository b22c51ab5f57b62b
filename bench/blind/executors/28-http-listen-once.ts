// expect: none
// listen() settles from whichever of 'listening' or 'error' fires first, and each handler removes the other, so bind failures reject and the promise settles once.
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export function listen(server: Server, port: number, host = '127.0.0.1'): Promise<AddressInfo> {
  return new Promise<AddressInfo>((resolve, reject) => {
    const onError = (err: Error) => {
      server.off('listening', onListening);
      reject(err);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve(server.address() as AddressInfo);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

export async function startApp(handler: RequestListener, port: number): Promise<{ server: Server; url: string }> {
  const server = createServer(handler);
  const addr = await listen(server, port);
  return { server, url: `http://${addr.address}:${addr.port}` };
}
