// expect: none
// The caller's signal reaches every cancellable call: fetch via a RequestInit built in requestInit(), readFile/writeFile via their options, and the pause between spans.
import { readFile, writeFile } from 'node:fs/promises';
import { setTimeout as pause } from 'node:timers/promises';

export interface SpanInspection {
  spanId: string;
  tower: number;
  brokenWires: number;
  diameterLossPct: number;
}

export interface InspectionRun {
  lineId: string;
  spans: SpanInspection[];
  scanFiles: string[];
}

interface InspectorConfig {
  baseUrl: string;
  token: string;
  outputDir: string;
  spansFile: string;
}

function requestInit(config: InspectorConfig, signal: AbortSignal): RequestInit {
  return {
    headers: { authorization: `Bearer ${config.token}` },
    signal,
  };
}

async function downloadScan(config: InspectorConfig, spanId: string, signal: AbortSignal): Promise<string> {
  const res = await fetch(`${config.baseUrl}/scans/${spanId}.mrt`, requestInit(config, signal));
  if (!res.ok) {
    throw new Error(`scan ${spanId} download failed: ${res.status}`);
  }
  const target = `${config.outputDir}/${spanId}.mrt`;
  const bytes = new Uint8Array(await res.arrayBuffer());
  await writeFile(target, bytes, { signal });
  return target;
}

async function fetchSpan(config: InspectorConfig, spanId: string, signal: AbortSignal): Promise<SpanInspection> {
  const res = await fetch(`${config.baseUrl}/spans/${spanId}/inspection`, requestInit(config, signal));
  if (!res.ok) {
    throw new Error(`inspection ${spanId} unavailable: ${res.status}`);
  }
  return (await res.json()) as SpanInspection;
}

export async function inspectLine(
  lineId: string,
  config: InspectorConfig,
  signal: AbortSignal,
  spacingMs = 250,
): Promise<InspectionRun> {
  const raw = await readFile(config.spansFile, { encoding: 'utf8', signal });
  const spanIds = raw
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith(`${lineId}:`));

  const run: InspectionRun = { lineId, spans: [], scanFiles: [] };
  for (const spanId of spanIds) {
    const span = await fetchSpan(config, spanId, signal);
    run.spans.push(span);
    if (span.brokenWires > 0 || span.diameterLossPct > 3) {
      run.scanFiles.push(await downloadScan(config, spanId, signal));
    }
    await pause(spacingMs, undefined, { signal });
  }
  return run;
}

export function retireSpans(run: InspectionRun, maxBroken = 6, maxLossPct = 10): string[] {
  return run.spans
    .filter((s) => s.brokenWires >= maxBroken || s.diameterLossPct >= maxLossPct)
    .map((s) => `${s.spanId} (tower ${s.tower})`);
}
