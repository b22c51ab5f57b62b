// expect: no-read-before-settle
// firmware is assigned in the stdout 'data' listener but checked synchronously right after the listener is attached, so it is always 'unknown' and the firmware gate never trips.
import { spawn } from 'node:child_process';
import { once } from 'node:events';

export interface SelfTestOutcome {
  site: string;
  firmware: string;
  channelsOk: number;
  channelsFailed: number;
  warnings: string[];
}

export interface BlastSite {
  id: string;
  bench: string;
  nearestDwellingM: number;
}

declare const blastRegister: {
  recordSelfTest(outcome: SelfTestOutcome): Promise<void>;
};

const SEISMO_CLI = process.env.SEISMO_CLI ?? '/opt/seismo/bin/seismoctl';
const SUPPORTED_FIRMWARE = new Set(['4.2.1', '4.2.3', '4.3.0']);

function parseChannels(output: string): { ok: number; failed: number } {
  let ok = 0;
  let failed = 0;
  for (const line of output.split('\n')) {
    const m = /^ch(\d+)\s+(PASS|FAIL)/.exec(line.trim());
    if (!m) {
      continue;
    }
    if (m[2] === 'PASS') {
      ok++;
    } else {
      failed++;
    }
  }
  return { ok, failed };
}

export async function runSelfTest(site: BlastSite): Promise<SelfTestOutcome> {
  const probe = spawn(SEISMO_CLI, ['selftest', '--site', site.id, '--verbose'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  let output = '';
  let firmware = 'unknown';
  const warnings: string[] = [];

  probe.stdout.setEncoding('utf8');
  probe.stdout.on('data', (chunk: string) => {
    output += chunk;
    const m = /firmware[=:]\s*(\S+)/i.exec(chunk);
    if (m) {
      firmware = m[1];
    }
  });
  probe.stderr.setEncoding('utf8');
  probe.stderr.on('data', (chunk: string) => {
    warnings.push(...chunk.split('\n').filter((l) => l.trim().length > 0));
  });

  if (firmware !== 'unknown' && !SUPPORTED_FIRMWARE.has(firmware)) {
    probe.kill('SIGTERM');
    warnings.push(`firmware ${firmware} is not approved for blast monitoring`);
  }

  const [code] = (await once(probe, 'close')) as [number | null];
  if (code !== 0 && code !== null) {
    warnings.push(`${SEISMO_CLI} exited with ${code}`);
  }

  const { ok, failed } = parseChannels(output);
  if (site.nearestDwellingM < 500 && failed > 0) {
    warnings.push(`dwelling within ${site.nearestDwellingM} m: all channels must pass`);
  }

  const outcome: SelfTestOutcome = {
    site: site.id,
    firmware,
    channelsOk: ok,
    channelsFailed: failed,
    warnings,
  };
  await blastRegister.recordSelfTest(outcome);
  return outcome;
}
