// expect: none
// runCueStack forwards the operator's signal to once(), the follow-time delay, the audit fetch and execFile, so Stop halts every pending step.
import { execFile } from 'node:child_process';
import { EventEmitter, once } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export interface Cue {
  number: string;
  label: string;
  fadeInMs: number;
  followMs?: number;
  soundFile?: string;
}

export interface LightingDesk extends EventEmitter {
  go(cueNumber: string, fadeInMs: number): void;
  readonly showName: string;
}

export interface RunContext {
  signal: AbortSignal;
  auditUrl: string;
  soundPlayer: string;
}

async function logCue(ctx: RunContext, desk: LightingDesk, cue: Cue): Promise<void> {
  await fetch(ctx.auditUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ show: desk.showName, cue: cue.number, label: cue.label, at: Date.now() }),
    signal: ctx.signal,
  });
}

async function fireSound(ctx: RunContext, cue: Cue): Promise<void> {
  if (!cue.soundFile) return;
  await execFileAsync(ctx.soundPlayer, ['--no-loop', cue.soundFile], {
    signal: ctx.signal,
    timeout: 30_000,
  });
}

export async function runCueStack(desk: LightingDesk, cues: Cue[], ctx: RunContext): Promise<string[]> {
  const completed: string[] = [];

  for (const cue of cues) {
    ctx.signal.throwIfAborted();

    const fadeDone = once(desk, 'cue-complete', { signal: ctx.signal });
    desk.go(cue.number, cue.fadeInMs);

    await Promise.all([fadeDone, fireSound(ctx, cue), logCue(ctx, desk, cue)]);
    completed.push(cue.number);

    if (cue.followMs === undefined) {
      // Manual cue: wait for the stage manager's GO before continuing.
      await once(desk, 'operator-go', { signal: ctx.signal });
    } else {
      await delay(cue.followMs, undefined, { signal: ctx.signal });
    }
  }

  return completed;
}

export function startShow(desk: LightingDesk, cues: Cue[], auditUrl: string, soundPlayer: string) {
  const controller = new AbortController();
  const done = runCueStack(desk, cues, { signal: controller.signal, auditUrl, soundPlayer });
  return {
    done,
    stop: () => controller.abort(new Error('show stopped from desk')),
  };
}
