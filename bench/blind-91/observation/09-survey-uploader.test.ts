// expect: no-floating-promises
// In 'rejects a survey without a GPS fix' the expect(...).rejects assertion is neither awaited nor returned, so the test finishes before it runs and a failure surfaces as an unhandled rejection.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface QuadratCount {
  quadrat: number;
  stipes: number;
  urchins: number;
}

interface Survey {
  siteId: string;
  diver: string;
  divedAt: string;
  gps: { lat: number; lon: number } | null;
  counts: QuadratCount[];
}

type PostFn = (path: string, body: unknown) => Promise<{ id: string }>;

class SurveyUploader {
  private queue: Survey[] = [];
  private closed = false;

  constructor(private readonly post: PostFn) {}

  async push(survey: Survey): Promise<string> {
    if (this.closed) throw new Error('uploader closed');
    if (!survey.gps) throw new Error(`survey ${survey.siteId} has no GPS fix`);
    if (survey.counts.some((c) => c.stipes < 0 || c.urchins < 0)) {
      throw new Error('negative counts');
    }
    this.queue.push(survey);
    const { id } = await this.post(`/sites/${survey.siteId}/surveys`, survey);
    this.queue = this.queue.filter((s) => s !== survey);
    return id;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.queue = [];
  }

  get pending(): number {
    return this.queue.length;
  }
}

function survey(overrides: Partial<Survey> = {}): Survey {
  return {
    siteId: 'point-lobos-03',
    diver: 'mk',
    divedAt: '2024-08-14T09:30:00Z',
    gps: { lat: 36.5212, lon: -121.9519 },
    counts: [
      { quadrat: 1, stipes: 14, urchins: 2 },
      { quadrat: 2, stipes: 9, urchins: 11 },
    ],
    ...overrides,
  };
}

describe('SurveyUploader', () => {
  let post: ReturnType<typeof vi.fn<PostFn>>;
  let uploader: SurveyUploader;

  beforeEach(() => {
    post = vi.fn<PostFn>(async () => ({ id: 'srv-1' }));
    uploader = new SurveyUploader(post);
  });

  afterEach(async () => {
    await uploader.close();
    vi.restoreAllMocks();
  });

  it('posts a valid survey to its site', async () => {
    await expect(uploader.push(survey())).resolves.toBe('srv-1');
    expect(post).toHaveBeenCalledWith('/sites/point-lobos-03/surveys', expect.objectContaining({ diver: 'mk' }));
    expect(uploader.pending).toBe(0);
  });

  it('rejects a survey without a GPS fix', () => {
    expect(uploader.push(survey({ gps: null }))).rejects.toThrow(/no GPS fix/);
    expect(post).not.toHaveBeenCalled();
  });

  it('rejects negative counts', async () => {
    const bad = survey({ counts: [{ quadrat: 1, stipes: -1, urchins: 0 }] });
    await expect(uploader.push(bad)).rejects.toThrow('negative counts');
  });

  it('keeps the survey queued while the post is in flight', async () => {
    let release!: (v: { id: string }) => void;
    post.mockImplementationOnce(() => new Promise((r) => (release = r)));

    const uploading = uploader.push(survey());
    expect(uploader.pending).toBe(1);

    release({ id: 'srv-2' });
    await expect(uploading).resolves.toBe('srv-2');
    expect(uploader.pending).toBe(0);
  });

  it('refuses work after close', async () => {
    await uploader.close();
    await expect(uploader.push(survey())).rejects.toThrow('uploader closed');
  });
});
