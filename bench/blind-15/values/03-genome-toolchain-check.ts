// expect: no-read-before-settle
// toolVersions is filled in execFile callbacks but returned synchronously right after the calls are started, so it is still empty.
import { execFile } from 'node:child_process';
import { access, constants } from 'node:fs/promises';
import path from 'node:path';

export interface PipelineTool {
  name: string;
  binary: string;
  versionArgs: string[];
  minimumVersion: string;
}

const DEFAULT_TOOLS: PipelineTool[] = [
  { name: 'bwa', binary: 'bwa-mem2', versionArgs: ['version'], minimumVersion: '2.2.0' },
  { name: 'samtools', binary: 'samtools', versionArgs: ['--version'], minimumVersion: '1.17' },
  { name: 'gatk', binary: 'gatk', versionArgs: ['--version'], minimumVersion: '4.4.0' },
];

function parseVersion(output: string): string | null {
  const match = /(\d+\.\d+(?:\.\d+)?)/.exec(output);
  return match ? match[1] : null;
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

export class ToolchainInspector {
  private toolVersions: Record<string, string> = {};

  constructor(
    private readonly toolDir: string,
    private readonly tools: PipelineTool[] = DEFAULT_TOOLS,
  ) {}

  async assertReferenceIndexed(fastaPath: string): Promise<void> {
    for (const ext of ['.fai', '.bwt.2bit.64']) {
      await access(fastaPath + ext, constants.R_OK);
    }
  }

  collectVersions(): Record<string, string> {
    this.toolVersions = {};
    for (const tool of this.tools) {
      const bin = path.join(this.toolDir, tool.binary);
      execFile(bin, tool.versionArgs, { timeout: 10_000 }, (err, stdout, stderr) => {
        if (err) {
          this.toolVersions[tool.name] = 'unavailable';
          return;
        }
        this.toolVersions[tool.name] = parseVersion(stdout || stderr) ?? 'unknown';
      });
    }
    return { ...this.toolVersions };
  }

  outdatedTools(versions: Record<string, string>): string[] {
    return this.tools
      .filter((t) => {
        const found = versions[t.name];
        if (!found || found === 'unavailable' || found === 'unknown') return true;
        return compareVersions(found, t.minimumVersion) < 0;
      })
      .map((t) => t.name);
  }

  preflight(): { versions: Record<string, string>; outdated: string[] } {
    const versions = this.collectVersions();
    return { versions, outdated: this.outdatedTools(versions) };
  }
}
