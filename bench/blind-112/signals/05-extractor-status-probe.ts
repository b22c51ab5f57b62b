// expect: none
// The race between the status request and the deadline clears its timer and aborts the losing request in finally, so nothing keeps running once one side wins.
export interface ExtractorStatus {
  extractorId: string;
  rpm: number;
  framesLoaded: number;
  honeyTempC: number;
  state: 'idle' | 'spinning' | 'draining' | 'fault';
}

export class ProbeTimeoutError extends Error {
  constructor(extractorId: string, ms: number) {
    super(`extractor ${extractorId} did not report within ${ms} ms`);
    this.name = 'ProbeTimeoutError';
  }
}

export async function probeExtractor(
  baseUrl: string,
  extractorId: string,
  timeoutMs = 3000,
): Promise<ExtractorStatus> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;

  const request = fetch(new URL(`/extractors/${extractorId}/status`, baseUrl), {
    signal: controller.signal,
  }).then(async (res) => {
    if (!res.ok) throw new Error(`extractor ${extractorId} status ${res.status}`);
    return (await res.json()) as ExtractorStatus;
  });

  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ProbeTimeoutError(extractorId, timeoutMs)), timeoutMs);
  });

  try {
    return await Promise.race([request, deadline]);
  } finally {
    clearTimeout(timer);
    controller.abort();
    request.catch(() => undefined);
  }
}

export interface ExtractionRoom {
  baseUrl: string;
  extractorIds: string[];
}

export async function roomSnapshot(room: ExtractionRoom): Promise<Map<string, ExtractorStatus | Error>> {
  const snapshot = new Map<string, ExtractorStatus | Error>();
  for (const id of room.extractorIds) {
    try {
      snapshot.set(id, await probeExtractor(room.baseUrl, id));
    } catch (err) {
      snapshot.set(id, err instanceof Error ? err : new Error(String(err)));
    }
  }
  return snapshot;
}

export function honeyTooCold(status: ExtractorStatus, minTempC = 30): boolean {
  return status.state === 'spinning' && status.honeyTempC < minTempC;
}
