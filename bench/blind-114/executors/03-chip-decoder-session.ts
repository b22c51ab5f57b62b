// expect: no-multiple-settle
// The executor is async and awaits the profile file before wiring any handlers, so a missing or malformed profile throws inside the executor and the returned promise never settles.
import { readFile } from 'node:fs/promises';
import { connect, type Socket } from 'node:net';

export interface DecoderProfile {
  host: string;
  port: number;
  handshake: string;
  mats: string[];
}

export interface DecoderSession {
  socket: Socket;
  firmware: string;
  mats: string[];
}

export interface ChipRead {
  chip: string;
  mat: string;
  timeOfDayMs: number;
}

export function parseChipRead(line: string): ChipRead | null {
  // e.g. "aa400000E2003412,MAT-START,07:31:04.217"
  const [chip, mat, clock] = line.split(',');
  if (!chip || !mat || !clock) return null;
  const m = /^(\d{2}):(\d{2}):(\d{2})\.(\d{3})$/.exec(clock.trim());
  if (!m) return null;
  const ms = ((Number(m[1]) * 60 + Number(m[2])) * 60 + Number(m[3])) * 1000 + Number(m[4]);
  return { chip: chip.trim(), mat: mat.trim(), timeOfDayMs: ms };
}

export function openDecoderSession(profilePath: string, connectTimeoutMs = 5000): Promise<DecoderSession> {
  return new Promise(async (resolve, reject) => {
    const raw = await readFile(profilePath, 'utf8');
    const profile = JSON.parse(raw) as DecoderProfile;

    const socket = connect({ host: profile.host, port: profile.port });
    socket.setEncoding('ascii');
    socket.setTimeout(connectTimeoutMs);

    let handshakeDone = false;
    const fail = (err: Error) => {
      if (handshakeDone) return;
      handshakeDone = true;
      socket.removeAllListeners('data');
      socket.destroy();
      reject(err);
    };

    socket.once('timeout', () => fail(new Error(`decoder ${profile.host} did not answer handshake`)));
    socket.on('error', fail);
    socket.once('close', () => fail(new Error(`decoder ${profile.host} closed during handshake`)));
    socket.once('connect', () => socket.write(`${profile.handshake}\r\n`));
    socket.once('data', (greeting: string) => {
      if (handshakeDone) return;
      handshakeDone = true;
      socket.setTimeout(0);
      const firmware = /FW=(\S+)/.exec(greeting)?.[1] ?? 'unknown';
      resolve({ socket, firmware, mats: profile.mats });
    });
  });
}

export async function* chipReads(session: DecoderSession): AsyncGenerator<ChipRead> {
  let buffer = '';
  for await (const chunk of session.socket) {
    buffer += chunk as string;
    let nl: number;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const read = parseChipRead(buffer.slice(0, nl));
      buffer = buffer.slice(nl + 1);
      if (read && session.mats.includes(read.mat)) yield read;
    }
  }
}
