// expect: none
// stderrTail is filled by the stderr listener and only read inside the execFile completion callback, after the process has exited.
import { execFile } from 'node:child_process';

export interface GateFirmwareInfo {
  gateId: string;
  version: string;
  readerModel: string;
  bootedAt: Date;
}

const GATECTL = '/opt/gates/bin/gatectl';

export function probeGateFirmware(gateId: string, timeoutMs = 5_000): Promise<GateFirmwareInfo> {
  return new Promise((resolve, reject) => {
    let stderrTail = '';

    const child = execFile(
      GATECTL,
      ['--gate', gateId, 'info', '--json'],
      { timeout: timeoutMs, encoding: 'utf8' },
      (err, stdout) => {
        if (err) {
          const detail = stderrTail.trim() || err.message;
          reject(new Error(`gatectl info failed for ${gateId}: ${detail}`));
          return;
        }
        try {
          const raw = JSON.parse(stdout) as { fw: string; reader: string; boot: number };
          resolve({
            gateId,
            version: raw.fw,
            readerModel: raw.reader,
            bootedAt: new Date(raw.boot * 1000),
          });
        } catch (parseErr) {
          reject(parseErr);
        }
      },
    );

    child.stderr?.on('data', (chunk: string) => {
      stderrTail = (stderrTail + chunk).slice(-400);
    });
  });
}

export class GateBank {
  private readonly firmware = new Map<string, GateFirmwareInfo>();

  constructor(private readonly gateIds: string[]) {}

  async refresh(): Promise<string[]> {
    const unreachable: string[] = [];
    for (const id of this.gateIds) {
      try {
        const info = await probeGateFirmware(id);
        this.firmware.set(id, info);
      } catch {
        unreachable.push(id);
      }
    }
    return unreachable;
  }

  outdated(minVersion: string): string[] {
    return [...this.firmware.values()]
      .filter((f) => f.version.localeCompare(minVersion, undefined, { numeric: true }) < 0)
      .map((f) => f.gateId);
  }

  describe(gateId: string): string {
    const info = this.firmware.get(gateId);
    if (!info) return `${gateId}: not probed yet`;
    return `${gateId}: fw ${info.version}, reader ${info.readerModel}, up since ${info.bootedAt.toISOString()}`;
  }
}
