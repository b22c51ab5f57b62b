// expect: no-multiple-settle
// waitForStartGun settles on a GUN or RECALL frame or on a socket error, but if the start hut closes the connection cleanly before firing the promise never settles.
import { connect, Socket } from 'node:net';

export interface StartGun {
  heat: number;
  firedAt: number;
  offsetMs: number;
}

export interface StartHutConfig {
  host: string;
  port: number;
  heat: number;
}

interface HutFrame {
  kind: string;
  heat: number;
  stamp: number;
}

function parseFrame(line: string): HutFrame | null {
  const parts = line.trim().split('|');
  if (parts.length !== 3) return null;
  const [kind, heat, stamp] = parts;
  const heatNo = Number(heat);
  const ts = Number(stamp);
  if (!Number.isInteger(heatNo) || !Number.isFinite(ts)) return null;
  return { kind, heat: heatNo, stamp: ts };
}

export function waitForStartGun(config: StartHutConfig): Promise<StartGun> {
  return new Promise<StartGun>((resolve, reject) => {
    const socket: Socket = connect({ host: config.host, port: config.port });
    let buffer = '';

    socket.setEncoding('utf8');
    socket.on('connect', () => {
      socket.write(`ARM|${config.heat}|${Date.now()}\n`);
    });

    socket.on('data', (chunk: string) => {
      buffer += chunk;
      let newline = buffer.indexOf('\n');
      while (newline !== -1) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        newline = buffer.indexOf('\n');

        const frame = parseFrame(line);
        if (!frame || frame.heat !== config.heat) continue;

        if (frame.kind === 'GUN') {
          socket.end();
          resolve({ heat: frame.heat, firedAt: frame.stamp, offsetMs: Date.now() - frame.stamp });
          return;
        }
        if (frame.kind === 'RECALL') {
          socket.end();
          reject(new Error(`heat ${config.heat} recalled by the starter`));
          return;
        }
      }
    });

    socket.on('error', (err) => {
      socket.destroy();
      reject(err);
    });
  });
}

export async function runStartSequence(
  hut: Omit<StartHutConfig, 'heat'>,
  heats: number[],
): Promise<StartGun[]> {
  const starts: StartGun[] = [];
  for (const heat of heats) {
    const start = await waitForStartGun({ ...hut, heat });
    if (Math.abs(start.offsetMs) > 250) {
      console.warn(`heat ${heat}: hut clock drift ${start.offsetMs}ms, finish times need correction`);
    }
    starts.push(start);
  }
  return starts;
}
