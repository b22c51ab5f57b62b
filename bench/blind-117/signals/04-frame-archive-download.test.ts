// expect: no-swallowed-abort
// listFrames catches the AbortError from an aborted fetch and returns an empty list, so cancelling looks to the caller like a night with no frames.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface FrameInfo {
  frameId: string;
  station: string;
  exposureS: number;
  filter: 'L' | 'R' | 'G' | 'B' | 'Ha';
  takenAt: string;
}

class FrameArchive {
  constructor(private readonly baseUrl: string) {}

  async listFrames(station: string, night: string, signal?: AbortSignal): Promise<FrameInfo[]> {
    try {
      const res = await fetch(`${this.baseUrl}/stations/${station}/nights/${night}/frames`, { signal });
      if (!res.ok) throw new Error(`archive returned ${res.status}`);
      const body = (await res.json()) as { frames: FrameInfo[] };
      return body.frames.filter((f) => f.exposureS > 0);
    } catch (err) {
      if (err instanceof Error && err.name === 'AbortError') {
        return [];
      }
      throw err;
    }
  }

  async totalExposure(station: string, night: string, signal?: AbortSignal): Promise<number> {
    const frames = await this.listFrames(station, night, signal);
    return frames.reduce((sum, f) => sum + f.exposureS, 0);
  }
}

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

describe('FrameArchive', () => {
  const fetchMock = vi.fn<typeof fetch>();
  let archive: FrameArchive;

  beforeEach(() => {
    vi.stubGlobal('fetch', fetchMock);
    archive = new FrameArchive('https://archive.comet-net.example');
  });

  afterEach(() => {
    fetchMock.mockReset();
    vi.unstubAllGlobals();
  });

  it('drops zero-length calibration frames', async () => {
    fetchMock.mockResolvedValue(
      jsonResponse({
        frames: [
          { frameId: 'f1', station: 'teide', exposureS: 120, filter: 'L', takenAt: '2025-01-10T22:01:00Z' },
          { frameId: 'bias', station: 'teide', exposureS: 0, filter: 'L', takenAt: '2025-01-10T21:55:00Z' },
        ],
      }),
    );

    const frames = await archive.listFrames('teide', '2025-01-10');
    expect(frames.map((f) => f.frameId)).toEqual(['f1']);
  });

  it('sums exposure across filters', async () => {
    fetchMock.mockResolvedValue(
      jsonResponse({
        frames: [
          { frameId: 'a', station: 'teide', exposureS: 60, filter: 'R', takenAt: '2025-01-10T23:00:00Z' },
          { frameId: 'b', station: 'teide', exposureS: 90, filter: 'Ha', takenAt: '2025-01-10T23:05:00Z' },
        ],
      }),
    );

    await expect(archive.totalExposure('teide', '2025-01-10')).resolves.toBe(150);
  });

  it('propagates server errors', async () => {
    fetchMock.mockResolvedValue(jsonResponse({ error: 'boom' }, 503));
    await expect(archive.listFrames('teide', '2025-01-11')).rejects.toThrow('archive returned 503');
  });

  it('stops quietly when the request is cancelled', async () => {
    const controller = new AbortController();
    fetchMock.mockImplementation(async () => {
      throw new DOMException('The operation was aborted.', 'AbortError');
    });
    controller.abort();

    await expect(archive.listFrames('teide', '2025-01-12', controller.signal)).resolves.toEqual([]);
  });
});
