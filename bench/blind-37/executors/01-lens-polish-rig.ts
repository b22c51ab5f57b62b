// expect: no-multiple-settle
// The watchdog timer is never cleared when the rig closes normally, so it later fires and rejects an already-settled run.
import { spawn } from 'node:child_process';

export interface LensPanel {
  tower: string;
  panelId: string;
  prismRings: number;
  fresnelOrder: 1 | 2 | 3 | 4 | 5 | 6;
}

export interface PolishResult {
  panelId: string;
  passes: number;
  surfaceRoughnessNm: number;
  durationMs: number;
}

declare const rigConfig: {
  binaryPath: string;
  compoundGrade: 'cerium-oxide' | 'rouge' | 'diamond-paste';
  maxRunMs: number;
  roughnessLimitNm: number;
};

declare function recordMaintenance(
  tower: string,
  entry: { panelId: string; note: string; at: Date },
): Promise<void>;

const PASSES_BY_ORDER: Record<LensPanel['fresnelOrder'], number> = {
  1: 12,
  2: 10,
  3: 8,
  4: 6,
  5: 5,
  6: 4,
};

function parseRoughness(output: string): number {
  const match = /Ra=([0-9.]+)nm/.exec(output);
  if (!match) {
    throw new Error('polisher did not report a surface roughness reading');
  }
  return Number.parseFloat(match[1]);
}

function passesFor(panel: LensPanel): number {
  return PASSES_BY_ORDER[panel.fresnelOrder] * Math.max(1, Math.ceil(panel.prismRings / 8));
}

export function runPolishCycle(panel: LensPanel): Promise<PolishResult> {
  const passes = passesFor(panel);
  const startedAt = Date.now();

  return new Promise<PolishResult>((resolve, reject) => {
    const child = spawn(
      rigConfig.binaryPath,
      ['--panel', panel.panelId, '--passes', String(passes), '--compound', rigConfig.compoundGrade],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );

    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });

    setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`polish of ${panel.panelId} exceeded ${rigConfig.maxRunMs}ms`));
    }, rigConfig.maxRunMs);

    child.once('error', reject);
    child.once('close', (code, signal) => {
      if (code !== 0) {
        reject(new Error(`polisher exited with ${code ?? signal}: ${stderr.trim()}`));
        return;
      }
      try {
        resolve({
          panelId: panel.panelId,
          passes,
          surfaceRoughnessNm: parseRoughness(stdout),
          durationMs: Date.now() - startedAt,
        });
      } catch (err) {
        reject(err);
      }
    });
  });
}

export async function polishTower(tower: string, panels: LensPanel[]): Promise<PolishResult[]> {
  const results: PolishResult[] = [];
  for (const panel of panels) {
    const result = await runPolishCycle(panel);
    const withinSpec = result.surfaceRoughnessNm <= rigConfig.roughnessLimitNm;
    await recordMaintenance(tower, {
      panelId: panel.panelId,
      note: withinSpec
        ? `polished in ${result.passes} passes, Ra ${result.surfaceRoughnessNm}nm`
        : `needs re-polish: Ra ${result.surfaceRoughnessNm}nm over limit`,
      at: new Date(),
    });
    results.push(result);
  }
  return results;
}
