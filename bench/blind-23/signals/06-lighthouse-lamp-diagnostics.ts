// expect: none
// Every cancellable call (execFile, pipeline, the settle sleep) receives ctx.signal, so aborting the maintenance visit stops all of it.
import { execFile } from 'node:child_process';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { createGzip } from 'node:zlib';

const execFileAsync = promisify(execFile);

export interface VisitContext {
  stationId: string;
  keeper: string;
  archiveDir: string;
  signal: AbortSignal;
}

export interface LampReport {
  stationId: string;
  rotationPeriodS: number;
  lampHours: number;
  spareLampOk: boolean;
  archivedLog: string;
  archivedBytes: number;
}

const LAMPCTL = '/opt/beacon/bin/lampctl';
const LAMP_LOG = '/var/log/beacon/lamp.log';

async function lampctl(ctx: VisitContext, ...args: string[]): Promise<string> {
  const { stdout } = await execFileAsync(LAMPCTL, ['--station', ctx.stationId, ...args], {
    signal: ctx.signal,
    timeout: 30_000,
    encoding: 'utf8',
  });
  return stdout.trim();
}

function parseKeyValues(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split('\n')) {
    const idx = line.indexOf('=');
    if (idx > 0) out.set(line.slice(0, idx).trim(), line.slice(idx + 1).trim());
  }
  return out;
}

async function archiveLampLog(ctx: VisitContext): Promise<{ file: string; bytes: number }> {
  await mkdir(ctx.archiveDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = path.join(ctx.archiveDir, `${ctx.stationId}-lamp-${stamp}.log.gz`);
  await pipeline(createReadStream(LAMP_LOG), createGzip(), createWriteStream(file), {
    signal: ctx.signal,
  });
  const { size } = await stat(file);
  return { file, bytes: size };
}

export async function runLampDiagnostics(ctx: VisitContext): Promise<LampReport> {
  const status = parseKeyValues(await lampctl(ctx, 'status'));

  // Switch to the spare lamp, let the filament settle, then read it back.
  await lampctl(ctx, 'select', 'spare');
  await sleep(5_000, undefined, { signal: ctx.signal });
  const spare = parseKeyValues(await lampctl(ctx, 'status'));
  await lampctl(ctx, 'select', 'primary');

  const archived = await archiveLampLog(ctx);

  return {
    stationId: ctx.stationId,
    rotationPeriodS: Number(status.get('rotation_period_s') ?? NaN),
    lampHours: Number(status.get('lamp_hours') ?? NaN),
    spareLampOk: spare.get('lamp_state') === 'lit',
    archivedLog: archived.file,
    archivedBytes: archived.bytes,
  };
}
