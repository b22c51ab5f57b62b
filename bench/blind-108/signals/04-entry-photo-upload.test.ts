// expect: none
// uploadEntryPhoto only falls back to the offline queue for genuine network failures: when the signal is aborted it rethrows the AbortError unchanged, and the tests pin that behaviour down.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface EntryPhoto {
  entryId: string;
  angle: 'front' | 'side' | 'aerial';
  bytes: Uint8Array<ArrayBuffer>;
}

interface OfflineQueue {
  enqueue(photo: EntryPhoto): Promise<void>;
}

type UploadResult = { status: 'uploaded'; url: string } | { status: 'queued' };

async function uploadEntryPhoto(
  endpoint: string,
  photo: EntryPhoto,
  queue: OfflineQueue,
  signal: AbortSignal,
): Promise<UploadResult> {
  try {
    const res = await fetch(`${endpoint}/entries/${photo.entryId}/photos/${photo.angle}`, {
      method: 'PUT',
      body: photo.bytes,
      headers: { 'content-type': 'image/jpeg' },
      signal,
    });
    if (!res.ok) throw new Error(`upload rejected: HTTP ${res.status}`);
    const { url } = (await res.json()) as { url: string };
    return { status: 'uploaded', url };
  } catch (err) {
    if (signal.aborted || (err as Error).name === 'AbortError') throw err;
    await queue.enqueue(photo);
    return { status: 'queued' };
  }
}

describe('uploadEntryPhoto', () => {
  const photo: EntryPhoto = { entryId: 'e-41', angle: 'aerial', bytes: new Uint8Array([0xff, 0xd8, 0xff]) };
  let fetchMock: ReturnType<typeof vi.fn<typeof fetch>>;
  let queue: { enqueue: ReturnType<typeof vi.fn<OfflineQueue['enqueue']>> };
  let controller: AbortController;

  beforeEach(() => {
    fetchMock = vi.fn<typeof fetch>();
    vi.stubGlobal('fetch', fetchMock);
    queue = { enqueue: vi.fn<OfflineQueue['enqueue']>().mockResolvedValue(undefined) };
    controller = new AbortController();
  });

  afterEach(() => {
    controller.abort();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('returns the stored url on success', async () => {
    fetchMock.mockResolvedValue(Response.json({ url: 'https://cdn.example/e-41/aerial.jpg' }));
    const result = await uploadEntryPhoto('https://contest.example', photo, queue, controller.signal);
    expect(result).toEqual({ status: 'uploaded', url: 'https://cdn.example/e-41/aerial.jpg' });
    expect(fetchMock.mock.calls[0][1]?.signal).toBe(controller.signal);
  });

  it('queues the photo when the beach wifi drops', async () => {
    fetchMock.mockRejectedValue(new TypeError('fetch failed'));
    const result = await uploadEntryPhoto('https://contest.example', photo, queue, controller.signal);
    expect(result).toEqual({ status: 'queued' });
    expect(queue.enqueue).toHaveBeenCalledWith(photo);
  });

  it('propagates cancellation instead of queueing', async () => {
    controller.abort();
    fetchMock.mockRejectedValue(new DOMException('This operation was aborted', 'AbortError'));
    await expect(
      uploadEntryPhoto('https://contest.example', photo, queue, controller.signal),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(queue.enqueue).not.toHaveBeenCalled();
  });
});
