// expect: no-multiple-settle
// The executor is async and awaits the connect and banner reads before settling, so if readBanner throws (oversized banner) the returned promise never settles.
import { connect, Socket } from 'node:net';
import { once } from 'node:events';

export interface RelayLink {
  socket: Socket;
  relayId: string;
  channel: number;
  firmware: string;
}

export interface RelayEndpoint {
  host: string;
  port: number;
  expectedRelay: string;
  channel: number;
}

async function readBanner(socket: Socket, maxBytes = 512): Promise<string> {
  let text = '';
  while (!text.includes('\n')) {
    const [chunk] = (await once(socket, 'data')) as [Buffer];
    text += chunk.toString('ascii');
    if (text.length > maxBytes) throw new Error(`relay banner exceeded ${maxBytes} bytes`);
  }
  return text.slice(0, text.indexOf('\n')).trim();
}

export function openRelayLink(endpoint: RelayEndpoint): Promise<RelayLink> {
  return new Promise<RelayLink>(async (resolve, reject) => {
    const socket = connect({ host: endpoint.host, port: endpoint.port });
    socket.once('error', reject);

    await once(socket, 'connect');
    socket.write(`HELLO CH${endpoint.channel}\r\n`);

    const banner = await readBanner(socket);
    const [tag, relayId, firmware] = banner.split(' ');
    if (tag !== 'RELAY' || relayId !== endpoint.expectedRelay) {
      socket.destroy();
      reject(new Error(`unexpected relay banner "${banner}" from ${endpoint.host}`));
      return;
    }

    socket.off('error', reject);
    resolve({ socket, relayId, channel: endpoint.channel, firmware: firmware ?? 'unknown' });
  });
}

export async function openFirstAvailable(endpoints: RelayEndpoint[]): Promise<RelayLink> {
  const failures: string[] = [];
  for (const endpoint of endpoints) {
    try {
      return await openRelayLink(endpoint);
    } catch (err) {
      failures.push(`${endpoint.expectedRelay}@${endpoint.host}: ${(err as Error).message}`);
    }
  }
  throw new Error(`no mountain relay reachable:\n  ${failures.join('\n  ')}`);
}

export function sendSitrep(link: RelayLink, team: string, grid: string, status: string): void {
  const line = `SITREP ${team} GRID ${grid} CH${link.channel} ${status.toUpperCase()}\r\n`;
  link.socket.write(line);
}
