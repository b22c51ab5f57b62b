// expect: require-signal-propagation
// collectDetections passes its signal to the paged detection fetches but calls fetchThumbnail without it, so cancelling the sweep leaves every thumbnail download running.
export interface Detection {
  detectionId: string;
  stationId: string;
  peakMagnitude: number;
  durationMs: number;
  radiant?: { ra: number; dec: number };
  thumbUrl: string;
}

export interface DetectionWithThumb extends Detection {
  thumbnail: Uint8Array;
}

interface DetectionPage {
  items: Detection[];
  next?: string;
}

export interface CollectOptions {
  signal?: AbortSignal;
  minMagnitude?: number;
  pageSize?: number;
}

declare const NETWORK_API: string;
declare const apiToken: () => string;

function authHeaders(): HeadersInit {
  return { authorization: `Bearer ${apiToken()}`, accept: 'application/json' };
}

async function fetchThumbnail(url: string, signal?: AbortSignal): Promise<Uint8Array> {
  const response = await fetch(url, { headers: authHeaders(), signal });
  if (!response.ok) throw new Error(`thumbnail ${url} returned ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

function pageUrl(stationId: string, fromIso: string, toIso: string, pageSize: number, cursor?: string): string {
  const url = new URL(`/v2/stations/${encodeURIComponent(stationId)}/detections`, NETWORK_API);
  url.searchParams.set('from', fromIso);
  url.searchParams.set('to', toIso);
  url.searchParams.set('limit', String(pageSize));
  if (cursor) url.searchParams.set('cursor', cursor);
  return url.toString();
}

export async function collectDetections(
  stationId: string,
  fromIso: string,
  toIso: string,
  { signal, minMagnitude = -2, pageSize = 200 }: CollectOptions = {},
): Promise<DetectionWithThumb[]> {
  const detections: Detection[] = [];
  let cursor: string | undefined;
  do {
    const response = await fetch(pageUrl(stationId, fromIso, toIso, pageSize, cursor), {
      headers: authHeaders(),
      signal,
    });
    if (!response.ok) {
      throw new Error(`detections for ${stationId} returned ${response.status}`);
    }
    const page = (await response.json()) as DetectionPage;
    // Magnitudes are inverted: brighter fireballs have lower values.
    detections.push(...page.items.filter((d) => d.peakMagnitude <= minMagnitude));
    cursor = page.next;
  } while (cursor);

  const thumbnails = await Promise.all(detections.map((detection) => fetchThumbnail(detection.thumbUrl)));
  return detections.map((detection, index) => ({ ...detection, thumbnail: thumbnails[index] }));
}

export function brightestPerNight(detections: readonly Detection[]): Map<string, Detection> {
  const byNight = new Map<string, Detection>();
  for (const detection of detections) {
    const night = detection.detectionId.slice(0, 8);
    const current = byNight.get(night);
    if (!current || detection.peakMagnitude < current.peakMagnitude) byNight.set(night, detection);
  }
  return byNight;
}
