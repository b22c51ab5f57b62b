// expect: none
// The scanner executor listens for 'error' and 'close' and funnels both plus the timeout through one guarded finish(), so it settles exactly once.
import { spawn } from 'node:child_process';

export interface RouteHazard {
  segment: string;
  kind: 'crevasse' | 'serac' | 'melt';
  severity: number;
}

export interface ScanResult {
  routeId: string;
  hazards: RouteHazard[];
  durationMs: number;
}

declare const guideRoster: {
  leadGuideFor(routeId: string): Promise<{ name: string; certifiedLevel: number }>;
};

declare const briefingBoard: {
  post(routeId: string, text: string): Promise<void>;
};

function parseHazards(raw: string): RouteHazard[] {
  return raw
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as RouteHazard)
    .filter((h) => h.severity > 0);
}

export function runScanner(routeId: string, gpxPath: string, timeoutMs = 30_000): Promise<ScanResult> {
  const started = Date.now();
  return new Promise<ScanResult>((resolve, reject) => {
    const child = spawn('crevasse-scan', ['--route', routeId, '--gpx', gpxPath, '--format', 'jsonl'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    let stderr = '';
    let settled = false;

    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      finish(() => reject(new Error(`scan of ${routeId} exceeded ${timeoutMs}ms`)));
    }, timeoutMs);

    function finish(settle: () => void): void {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      settle();
    }

    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });

    child.on('error', (err) => finish(() => reject(err)));
    child.on('close', (code, signal) => {
      if (code !== 0) {
        finish(() => reject(new Error(`crevasse-scan exited with ${code ?? signal}: ${stderr.trim()}`)));
        return;
      }
      try {
        const hazards = parseHazards(Buffer.concat(chunks).toString('utf8'));
        finish(() => resolve({ routeId, hazards, durationMs: Date.now() - started }));
      } catch (err) {
        finish(() => reject(err));
      }
    });
  });
}

function describeHazard(h: RouteHazard): string {
  const label = h.kind === 'serac' ? 'serac fall zone' : h.kind === 'melt' ? 'meltwater channel' : 'open crevasse';
  return `- ${h.segment}: ${label} (severity ${h.severity}/5)`;
}

export async function prepareBriefing(routeId: string, gpxPath: string): Promise<number> {
  const lead = await guideRoster.leadGuideFor(routeId);
  const scan = await runScanner(routeId, gpxPath);

  const serious = scan.hazards.filter((h) => h.severity >= 3);
  if (serious.some((h) => h.severity === 5) && lead.certifiedLevel < 3) {
    throw new Error(`route ${routeId} needs a level 3 lead guide, ${lead.name} is level ${lead.certifiedLevel}`);
  }

  const lines = [
    `Route ${routeId} — lead: ${lead.name}`,
    `Scanned in ${(scan.durationMs / 1000).toFixed(1)}s, ${scan.hazards.length} hazards (${serious.length} serious)`,
    ...serious.map(describeHazard),
  ];
  await briefingBoard.post(routeId, lines.join('\n'));
  return serious.length;
}
