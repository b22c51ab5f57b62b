// expect: none
// The spawn wrapper settles through a single guarded finish() from 'error' or 'close', and the watchdog is cleared on settle.
import { spawn } from 'node:child_process';

declare const boothLog: {
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
};

export interface LampStatus {
  screen: number;
  lampHours: number;
  lampHoursRated: number;
  strikeCount: number;
  shutterClosed: boolean;
}

export class ProjectorToolError extends Error {
  constructor(message: string, readonly exitCode: number | null, readonly stderr: string) {
    super(message);
    this.name = 'ProjectorToolError';
  }
}

const TOOL = '/opt/booth/bin/projctl';

function runProjctl(args: string[], timeoutMs: number): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const child = spawn(TOOL, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let settled = false;

    const finish = (error: Error | null, stdout?: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(watchdog);
      if (error) reject(error);
      else resolve(stdout ?? '');
    };

    const watchdog = setTimeout(() => {
      child.kill('SIGTERM');
      finish(new ProjectorToolError(`projctl ${args[0]} timed out`, null, Buffer.concat(err).toString()));
    }, timeoutMs);

    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.once('error', (e) => finish(e));
    child.once('close', (code) => {
      const stderr = Buffer.concat(err).toString();
      if (code !== 0) {
        finish(new ProjectorToolError(`projctl ${args[0]} exited with ${code}`, code, stderr));
        return;
      }
      finish(null, Buffer.concat(out).toString('utf8'));
    });
  });
}

function parseStatus(screen: number, raw: string): LampStatus {
  const fields = new Map<string, string>();
  for (const line of raw.split('\n')) {
    const idx = line.indexOf('=');
    if (idx > 0) fields.set(line.slice(0, idx).trim(), line.slice(idx + 1).trim());
  }
  const num = (key: string) => {
    const value = Number(fields.get(key));
    if (!Number.isFinite(value)) throw new Error(`projctl status missing ${key}`);
    return value;
  };
  return {
    screen,
    lampHours: num('lamp.hours'),
    lampHoursRated: num('lamp.rated'),
    strikeCount: num('lamp.strikes'),
    shutterClosed: fields.get('shutter') === 'closed',
  };
}

export async function readLampStatus(screen: number): Promise<LampStatus> {
  const raw = await runProjctl(['status', '--screen', String(screen)], 4_000);
  return parseStatus(screen, raw);
}

export async function preShowCheck(screens: number[]): Promise<number[]> {
  const needsService: number[] = [];
  for (const screen of screens) {
    const status = await readLampStatus(screen);
    const remaining = status.lampHoursRated - status.lampHours;
    if (remaining < 50) {
      boothLog.warn('lamp near end of life', { screen, remaining });
      needsService.push(screen);
    } else {
      boothLog.info('lamp ok', { screen, remaining });
    }
    if (!status.shutterClosed) {
      await runProjctl(['shutter', 'close', '--screen', String(screen)], 2_000);
    }
  }
  return needsService;
}
