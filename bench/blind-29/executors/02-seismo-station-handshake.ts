// expect: no-multiple-settle
// The handshake promise only listens for data and error; if the station closes the connection cleanly before sending its banner, it never settles and the poller hangs.
import net from 'node:net';

export interface StationInfo {
  network: string;
  code: string;
  sampleRate: number;
  firmware: string;
}

export interface StationLink {
  socket: net.Socket;
  info: StationInfo;
  leftover: string;
}

const BANNER = /^SEIS (\w{2})\.(\w{3,5}) rate=(\d+) fw=([\w.-]+)$/;
const MAX_BANNER_BYTES = 512;

export function parseBanner(line: string): StationInfo | null {
  const m = BANNER.exec(line.trim());
  if (!m) return null;
  return { network: m[1], code: m[2], sampleRate: Number(m[3]), firmware: m[4] };
}

export function connectStation(host: string, port = 18_000): Promise<StationLink> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host, port });
    socket.setEncoding('latin1');
    socket.setNoDelay(true);
    let buffered = '';

    const cleanup = () => {
      socket.off('data', onData);
      socket.off('error', onError);
    };

    const onData = (chunk: string) => {
      buffered += chunk;
      const nl = buffered.indexOf('\n');
      if (nl === -1) {
        if (buffered.length > MAX_BANNER_BYTES) {
          cleanup();
          socket.destroy();
          reject(new Error(`${host}:${port} sent ${buffered.length} bytes without a banner`));
        }
        return;
      }
      cleanup();
      socket.pause();
      const info = parseBanner(buffered.slice(0, nl));
      if (!info) {
        socket.destroy();
        reject(new Error(`Unrecognised banner from ${host}: ${JSON.stringify(buffered.slice(0, nl))}`));
        return;
      }
      resolve({ socket, info, leftover: buffered.slice(nl + 1) });
    };

    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };

    socket.on('data', onData);
    socket.on('error', onError);
  });
}

export async function pollStations(
  hosts: string[],
  onLink: (link: StationLink) => Promise<void>,
  intervalMs = 30_000,
): Promise<never> {
  for (;;) {
    for (const host of hosts) {
      try {
        const link = await connectStation(host);
        console.info(`station ${link.info.network}.${link.info.code} up (${link.info.sampleRate} sps)`);
        await onLink(link);
      } catch (err) {
        console.warn(`station ${host} unavailable: ${(err as Error).message}`);
      }
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
