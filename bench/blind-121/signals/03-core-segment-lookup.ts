// expect: no-swallowed-abort
// lookupSegment() catches every error, including the AbortError raised when the caller's signal fires, and rethrows it as a plain Error so callers can no longer tell a cancellation from a failure.
export interface CoreSegment {
  segmentId: string;
  coreId: string;
  topDepthM: number;
  lengthM: number;
  d18O?: number;
  tephraLayers: number[];
}

export interface SegmentPage {
  items: CoreSegment[];
  next?: string;
}

export class CoreCatalogClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  private headers(): Record<string, string> {
    return { accept: 'application/json', authorization: `Bearer ${this.token}` };
  }

  async lookupSegment(segmentId: string, signal: AbortSignal): Promise<CoreSegment> {
    try {
      const res = await fetch(`${this.baseUrl}/segments/${encodeURIComponent(segmentId)}`, {
        headers: this.headers(),
        signal,
      });
      if (res.status === 404) {
        throw new Error(`no such segment`);
      }
      if (!res.ok) {
        throw new Error(`HTTP ${res.status}`);
      }
      return (await res.json()) as CoreSegment;
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      throw new Error(`segment ${segmentId} lookup failed: ${detail}`);
    }
  }

  async listSegments(coreId: string, signal: AbortSignal): Promise<CoreSegment[]> {
    const out: CoreSegment[] = [];
    let cursor: string | undefined;
    do {
      const url = new URL(`${this.baseUrl}/cores/${encodeURIComponent(coreId)}/segments`);
      if (cursor) url.searchParams.set('cursor', cursor);
      const res = await fetch(url, { headers: this.headers(), signal });
      if (!res.ok) throw new Error(`listing segments of ${coreId} failed: HTTP ${res.status}`);
      const page = (await res.json()) as SegmentPage;
      out.push(...page.items);
      cursor = page.next;
    } while (cursor);
    return out.sort((a, b) => a.topDepthM - b.topDepthM);
  }

  async tephraDepths(segmentIds: string[], signal: AbortSignal): Promise<number[]> {
    const depths: number[] = [];
    for (const id of segmentIds) {
      const seg = await this.lookupSegment(id, signal);
      depths.push(...seg.tephraLayers.map((offset) => seg.topDepthM + offset));
    }
    return depths.sort((a, b) => a - b);
  }
}
