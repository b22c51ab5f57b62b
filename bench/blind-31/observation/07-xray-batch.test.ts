// expect: none
// Upload promises are pushed into an array with no await in between and all of them are awaited together; the listener attaches .catch to its call.
import { EventEmitter, once } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  rejects: { toThrow(match?: string | RegExp): Promise<void> };
};

interface Radiograph {
  imageId: string;
  patientId: string;
  tooth: number;
  bytes: number;
}

class PacsClient {
  stored: string[] = [];
  rejectIds = new Set<string>();

  async store(image: Radiograph): Promise<string> {
    await new Promise((r) => setImmediate(r));
    if (this.rejectIds.has(image.imageId)) throw new Error(`PACS rejected ${image.imageId}`);
    this.stored.push(image.imageId);
    return `pacs://${image.patientId}/${image.imageId}`;
  }
}

async function uploadSeries(pacs: PacsClient, series: Radiograph[]): Promise<string[]> {
  const uploads: Promise<string>[] = [];
  for (const image of series) {
    if (image.bytes === 0) continue;
    uploads.push(pacs.store(image));
  }
  return Promise.all(uploads);
}

class SensorWatcher {
  readonly errors: string[] = [];
  constructor(private readonly sensor: EventEmitter, private readonly pacs: PacsClient) {
    sensor.on('captured', (image: Radiograph) => {
      this.pacs.store(image).catch((err: Error) => {
        this.errors.push(err.message);
        this.sensor.emit('upload-failed', image.imageId);
      });
    });
  }
}

const fullMouth = (patientId: string): Radiograph[] =>
  [18, 17, 16, 26, 27, 28, 38, 37, 36, 46, 47, 48].map((tooth, i) => ({
    imageId: `${patientId}-${tooth}`,
    patientId,
    tooth,
    bytes: i === 5 ? 0 : 2_400_000,
  }));

describe('intraoral x-ray series upload', () => {
  let pacs: PacsClient;

  beforeEach(() => {
    pacs = new PacsClient();
  });

  it('stores every non-empty image in the series', async () => {
    const urls = await uploadSeries(pacs, fullMouth('PT-881'));
    expect(urls.length).toBe(11);
    expect(pacs.stored.includes('PT-881-28')).toBe(false);
  });

  it('fails the series if any image is rejected', async () => {
    pacs.rejectIds.add('PT-881-37');
    await expect(uploadSeries(pacs, fullMouth('PT-881'))).rejects.toThrow('PACS rejected PT-881-37');
  });

  it('reports sensor captures that PACS refuses', async () => {
    const sensor = new EventEmitter();
    const watcher = new SensorWatcher(sensor, pacs);
    pacs.rejectIds.add('PT-12-16');
    const failed = once(sensor, 'upload-failed');
    sensor.emit('captured', { imageId: 'PT-12-16', patientId: 'PT-12', tooth: 16, bytes: 1_900_000 });
    const [imageId] = await failed;
    expect(imageId).toBe('PT-12-16');
    expect(watcher.errors).toEqual(['PACS rejected PT-12-16']);
  });
});
