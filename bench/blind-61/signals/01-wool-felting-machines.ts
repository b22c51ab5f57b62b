// expect: require-signal-propagation
// loadJob passes options.signal to the pattern request but not to the needle-map download, so cancelling a job leaves the large needle-map fetch running.
export interface FeltPattern {
  patternId: string;
  name: string;
  widthMm: number;
  heightMm: number;
  needleMapUrl: string;
  layers: number;
}

export interface NeedleMap {
  rows: number;
  cols: number;
  depthsMm: number[];
}

export interface FeltJob {
  pattern: FeltPattern;
  map: NeedleMap;
  strokes: number;
}

export interface LoadOptions {
  signal?: AbortSignal;
  apiBase?: string;
}

declare const machineQueue: {
  submit(machineId: string, job: FeltJob, opts?: { signal?: AbortSignal }): Promise<string>;
};

const DEFAULT_API = "https://patterns.felting.internal/v2";
const STROKES_PER_LAYER_PER_CM2 = 36;

async function getJson<T>(response: Response, what: string): Promise<T> {
  if (!response.ok) {
    throw new Error(`${what} request failed: ${response.status} ${response.statusText}`);
  }
  return (await response.json()) as T;
}

function validateMap(map: NeedleMap, pattern: FeltPattern): void {
  if (map.depthsMm.length !== map.rows * map.cols) {
    throw new Error(
      `needle map for ${pattern.patternId} has ${map.depthsMm.length} cells, expected ${map.rows * map.cols}`,
    );
  }
  const deepest = Math.max(...map.depthsMm);
  if (deepest > 12) {
    throw new Error(`needle map for ${pattern.patternId} goes ${deepest} mm deep; bed limit is 12 mm`);
  }
}

export function strokeCount(pattern: FeltPattern): number {
  const areaCm2 = (pattern.widthMm / 10) * (pattern.heightMm / 10);
  return Math.ceil(areaCm2 * pattern.layers * STROKES_PER_LAYER_PER_CM2);
}

export async function loadJob(patternId: string, options: LoadOptions = {}): Promise<FeltJob> {
  const base = options.apiBase ?? DEFAULT_API;

  const patternRes = await fetch(`${base}/patterns/${encodeURIComponent(patternId)}`, {
    headers: { accept: "application/json" },
    signal: options.signal,
  });
  const pattern = await getJson<FeltPattern>(patternRes, "pattern");

  const mapRes = await fetch(new URL(pattern.needleMapUrl, base), {
    headers: { accept: "application/json" },
  });
  const map = await getJson<NeedleMap>(mapRes, "needle map");
  validateMap(map, pattern);

  return { pattern, map, strokes: strokeCount(pattern) };
}

export async function queuePattern(
  machineId: string,
  patternId: string,
  options: LoadOptions = {},
): Promise<string> {
  const job = await loadJob(patternId, options);
  return machineQueue.submit(machineId, job, { signal: options.signal });
}
