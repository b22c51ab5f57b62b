// expect: no-read-before-settle
// buildCueSheet sets bandTempo in a dgram 'message' handler but computes beatMs from it synchronously right after send(), so the sheet always uses the default tempo.
import * as dgram from 'node:dgram';

export interface PuppetMove {
  limb: 'left-arm' | 'right-arm' | 'head' | 'jaw' | 'tail';
  angleDeg: number;
  beats: number;
}

export interface TimedCue extends PuppetMove {
  atMs: number;
  durationMs: number;
}

declare const floatRig: {
  upload(floatId: string, cues: TimedCue[]): Promise<void>;
};

const BAND_HOST = process.env.BAND_SYNC_HOST ?? '10.20.0.5';
const BAND_PORT = Number(process.env.BAND_SYNC_PORT ?? 9040);
const DEFAULT_TEMPO_BPM = 112;

function parseTempo(msg: Buffer): number | null {
  const match = /^TEMPO (\d{2,3})$/.exec(msg.toString('ascii').trim());
  if (!match) return null;
  const bpm = Number(match[1]);
  // marching bands rarely leave 90-140 bpm; anything else is a garbled packet
  return bpm >= 90 && bpm <= 140 ? bpm : null;
}

export function timeMoves(moves: PuppetMove[], beatMs: number, offsetMs = 0): TimedCue[] {
  const cues: TimedCue[] = [];
  let cursor = offsetMs;
  for (const move of moves) {
    const durationMs = Math.round(move.beats * beatMs);
    cues.push({ ...move, atMs: cursor, durationMs });
    cursor += durationMs;
  }
  return cues;
}

export function buildCueSheet(floatId: string, moves: PuppetMove[], socket: dgram.Socket): TimedCue[] {
  let bandTempo = DEFAULT_TEMPO_BPM;
  socket.once('message', (msg) => {
    bandTempo = parseTempo(msg) ?? bandTempo;
  });
  socket.send(`TEMPO? ${floatId}`, BAND_PORT, BAND_HOST);

  const beatMs = 60_000 / bandTempo;
  // the jaw lags half a beat so the puppet appears to sing along
  const body = timeMoves(moves.filter((m) => m.limb !== 'jaw'), beatMs);
  const jaw = timeMoves(moves.filter((m) => m.limb === 'jaw'), beatMs, beatMs / 2);
  return [...body, ...jaw].sort((a, b) => a.atMs - b.atMs);
}

export async function programFloat(floatId: string, moves: PuppetMove[]): Promise<number> {
  const socket = dgram.createSocket('udp4');
  try {
    const cues = buildCueSheet(floatId, moves, socket);
    await floatRig.upload(floatId, cues);
    return cues.length;
  } finally {
    socket.close();
  }
}
