// expect: no-multiple-settle
// The nextTrack helper only listens for 'track', so when the detector fails (it emits 'error' and then 'stopped') the promise never settles and the test hangs until the runner's timeout instead of failing on the camera error.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { EventEmitter, once } from 'node:events';

interface Frame { id: number; brightPixels: Array<[number, number]> }
interface Track { frameId: number; length: number; kind: 'alpha' | 'muon' | 'electron' }
interface ChamberCamera { grab(): Promise<Frame> }

class TrackDetector extends EventEmitter {
  private timer: NodeJS.Timeout | undefined;
  private busy = false;

  constructor(private readonly camera: ChamberCamera, private readonly frameMs = 40) {
    super();
  }

  start(): void {
    this.timer ??= setInterval(() => this.tick(), this.frameMs);
  }

  stop(): void {
    if (!this.timer) return;
    clearInterval(this.timer);
    this.timer = undefined;
    this.emit('stopped');
  }

  private tick(): void {
    if (this.busy) return;
    this.busy = true;
    this.camera.grab().then(
      (frame) => { this.busy = false; this.inspect(frame); },
      (err: Error) => { this.busy = false; this.emit('error', err); this.stop(); },
    );
  }

  private inspect(frame: Frame): void {
    const length = frame.brightPixels.length;
    if (length < 3) return;
    const kind = length > 40 ? 'muon' : length > 12 ? 'electron' : 'alpha';
    this.emit('track', { frameId: frame.id, length, kind } satisfies Track);
  }
}

function nextTrack(detector: TrackDetector): Promise<Track> {
  return new Promise<Track>((resolve) => {
    detector.once('track', resolve);
  });
}

const streak = (n: number): Array<[number, number]> => Array.from({ length: n }, (_, i) => [i, i * 2]);

describe('TrackDetector', () => {
  let camera: { grab: ReturnType<typeof vi.fn<() => Promise<Frame>>> };
  let detector: TrackDetector;

  beforeEach(() => {
    vi.useFakeTimers();
    camera = { grab: vi.fn<() => Promise<Frame>>() };
    detector = new TrackDetector(camera, 40);
  });

  afterEach(() => {
    detector.stop();
    detector.removeAllListeners();
    vi.useRealTimers();
  });

  it('classifies a long straight streak as a muon', async () => {
    camera.grab.mockResolvedValue({ id: 7, brightPixels: streak(64) });
    detector.start();
    const [track] = await Promise.all([nextTrack(detector), vi.advanceTimersByTimeAsync(40)]);
    expect(track).toEqual({ frameId: 7, length: 64, kind: 'muon' });
  });

  it('ignores frames with only background speckle', async () => {
    camera.grab
      .mockResolvedValueOnce({ id: 1, brightPixels: streak(2) })
      .mockResolvedValueOnce({ id: 2, brightPixels: streak(8) });
    detector.start();
    const [track] = await Promise.all([nextTrack(detector), vi.advanceTimersByTimeAsync(80)]);
    expect(track.frameId).toBe(2);
    expect(track.kind).toBe('alpha');
  });

  it('stops and reports when the camera fails', async () => {
    camera.grab.mockRejectedValue(new Error('USB reset'));
    detector.start();
    const [[err]] = await Promise.all([once(detector, 'error'), vi.advanceTimersByTimeAsync(40)]);
    expect((err as Error).message).toBe('USB reset');
    expect(vi.getTimerCount()).toBe(0);
  });
});
