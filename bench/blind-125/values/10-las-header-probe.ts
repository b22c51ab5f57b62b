// expect: no-read-before-settle
// checkDepthUnits assigns header inside the execFile callback but reads header.depthUnit immediately after starting the child process, before the callback has run.
import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';

export interface LasHeader {
  well: string;
  depthUnit: 'M' | 'FT';
  startDepth: number;
  stopDepth: number;
  nullValue: number;
}

export interface UnitCheck {
  file: string;
  header: LasHeader | undefined;
  needsConversion: boolean;
  sizeBytes: number;
}

const LASINFO = process.env.LASINFO_BIN ?? '/usr/local/bin/lasinfo';

export function parseLasInfo(stdout: string): LasHeader {
  const field = (name: string): string => {
    const m = new RegExp(`^${name}\\s*[:=]\\s*(.+)$`, 'm').exec(stdout);
    if (!m) throw new Error(`lasinfo output missing ${name}`);
    return m[1].trim();
  };
  const unit = field('STRT_UNIT').toUpperCase();
  return {
    well: field('WELL'),
    depthUnit: unit === 'F' || unit === 'FT' ? 'FT' : 'M',
    startDepth: Number(field('STRT')),
    stopDepth: Number(field('STOP')),
    nullValue: Number(field('NULL')),
  };
}

export async function checkDepthUnits(file: string): Promise<UnitCheck> {
  const { size } = await stat(file);
  let header: LasHeader | undefined;
  let failure: Error | undefined;

  execFile(LASINFO, ['--header', file], { timeout: 15_000 }, (err, stdout) => {
    if (err) {
      failure = err;
      return;
    }
    try {
      header = parseLasInfo(stdout);
    } catch (parseErr) {
      failure = parseErr as Error;
    }
  });

  if (failure) {
    throw new Error(`could not read LAS header of ${file}: ${failure.message}`);
  }
  return {
    file,
    header,
    needsConversion: header?.depthUnit === 'FT',
    sizeBytes: size,
  };
}

export function feetToMetres(header: LasHeader): LasHeader {
  if (header.depthUnit === 'M') return header;
  return {
    ...header,
    depthUnit: 'M',
    startDepth: header.startDepth * 0.3048,
    stopDepth: header.stopDepth * 0.3048,
  };
}
