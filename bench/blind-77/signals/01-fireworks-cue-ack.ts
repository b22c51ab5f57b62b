// expect: no-leaked-race
// Bug: fireCue races the ack against a timers/promises delay that is never cancelled, and a timed-out ack listener is never removed.
import { EventEmitter } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';

export interface CueAck {
  cueId: string;
  module: number;
  pin: number;
  continuityOhms: number;
}

export interface FiringBoard extends EventEmitter {
  readonly boardId: string;
  arm(key: string): void;
  fire(module: number, pin: number, cueId: string): void;
}

export class CueTimeout extends Error {
  constructor(readonly cueId: string, readonly ms: number) {
    super(`no ack for cue ${cueId} within ${ms}ms`);
    this.name = 'CueTimeout';
  }
}

function waitForAck(board: FiringBoard, cueId: string): Promise<CueAck> {
  return new Promise<CueAck>((resolve, reject) => {
    const onAck = (ack: CueAck) => {
      if (ack.cueId !== cueId) return;
      detach();
      resolve(ack);
    };
    const onError = (err: Error) => {
      detach();
      reject(err);
    };
    const detach = () => {
      board.off('ack', onAck);
      board.off('error', onError);
    };
    board.on('ack', onAck);
    board.on('error', onError);
  });
}

export async function fireCue(
  board: FiringBoard,
  cue: { cueId: string; module: number; pin: number },
  ackTimeoutMs = 250,
): Promise<CueAck> {
  board.fire(cue.module, cue.pin, cue.cueId);
  return Promise.race([
    waitForAck(board, cue.cueId),
    delay(ackTimeoutMs).then((): never => {
      throw new CueTimeout(cue.cueId, ackTimeoutMs);
    }),
  ]);
}

export interface ShowResult {
  fired: number;
  misfires: string[];
  openCircuits: string[];
}

export async function runShow(
  board: FiringBoard,
  armKey: string,
  cues: Array<{ cueId: string; module: number; pin: number; atMs: number }>,
): Promise<ShowResult> {
  board.arm(armKey);
  const started = Date.now();
  const result: ShowResult = { fired: 0, misfires: [], openCircuits: [] };

  for (const cue of [...cues].sort((a, b) => a.atMs - b.atMs)) {
    const wait = cue.atMs - (Date.now() - started);
    if (wait > 0) await delay(wait);
    try {
      const ack = await fireCue(board, cue);
      result.fired++;
      if (ack.continuityOhms > 5) result.openCircuits.push(cue.cueId);
    } catch (err) {
      if (!(err instanceof CueTimeout)) throw err;
      result.misfires.push(cue.cueId);
    }
  }
  return result;
}
