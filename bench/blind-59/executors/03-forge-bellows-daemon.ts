// expect: no-multiple-settle
// startBellowsDaemon only resolves on the READY line; a spawn failure, early exit or silent hang leaves the promise pending forever.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface BellowsDaemon {
  process: ChildProcess;
  port: number;
  forgeId: string;
}

export interface BellowsConfig {
  forgeId: string;
  strokesPerMinute: number;
  maxAirflowCfm: number;
  serialDevice: string;
}

declare const BELLOWS_BIN: string;
declare const audit: { record(event: string, detail: Record<string, unknown>): Promise<void> };

const READY_LINE = /^BELLOWS READY port=(\d+)$/;

function buildArgs(config: BellowsConfig): string[] {
  return [
    '--forge', config.forgeId,
    '--spm', String(Math.min(Math.max(config.strokesPerMinute, 4), 40)),
    '--max-cfm', String(config.maxAirflowCfm),
    '--device', config.serialDevice,
    '--log-format', 'plain',
  ];
}

export function startBellowsDaemon(config: BellowsConfig): Promise<BellowsDaemon> {
  return new Promise<BellowsDaemon>((resolve) => {
    const child = spawn(BELLOWS_BIN, buildArgs(config), {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, BELLOWS_QUIET: '1' },
    });

    const lines = createInterface({ input: child.stdout! });
    const onLine = (line: string) => {
      const match = READY_LINE.exec(line.trim());
      if (!match) return;
      lines.off('line', onLine);
      resolve({ process: child, port: Number(match[1]), forgeId: config.forgeId });
    };
    lines.on('line', onLine);
  });
}

export class ForgeFloor {
  private readonly daemons = new Map<string, BellowsDaemon>();

  async light(config: BellowsConfig): Promise<number> {
    const existing = this.daemons.get(config.forgeId);
    if (existing && existing.process.exitCode === null) {
      return existing.port;
    }

    const daemon = await startBellowsDaemon(config);
    this.daemons.set(config.forgeId, daemon);
    await audit.record('forge.lit', { forge: config.forgeId, port: daemon.port, spm: config.strokesPerMinute });
    return daemon.port;
  }

  async bank(forgeId: string): Promise<void> {
    const daemon = this.daemons.get(forgeId);
    if (!daemon) return;
    this.daemons.delete(forgeId);
    daemon.process.kill('SIGTERM');
    await audit.record('forge.banked', { forge: forgeId });
  }

  activeForges(): string[] {
    return [...this.daemons.keys()];
  }
}
