// expect: none
// Correct: the loader functions are stored as factories and invoked inside Promise.all, and the bare method references go to APIs that expect callbacks.
interface FirmwareManifest {
  model: 'DGT-3000' | 'Garde-Digital' | 'Leap-KK9908';
  version: string;
  sha256: string;
}

interface TimeControl {
  name: string;
  baseSeconds: number;
  incrementSeconds: number;
  delaySeconds: number;
}

declare const factoryApi: {
  manifest(model: string): Promise<FirmwareManifest>;
  timeControls(model: string): Promise<TimeControl[]>;
  fontTable(model: string): Promise<Uint8Array>;
};
declare const usbFlasher: {
  write(image: Uint8Array, onProgress: (pct: number) => void): Promise<void>;
};
declare function buildImage(parts: {
  manifest: FirmwareManifest;
  controls: TimeControl[];
  fonts: Uint8Array;
}): Uint8Array;

type Loader<T> = (model: string) => Promise<T>;

export class ClockFirmwareLoader {
  private progress = 0;
  private readonly listeners = new Set<(pct: number) => void>();

  private readonly loaders = {
    manifest: factoryApi.manifest.bind(factoryApi) as Loader<FirmwareManifest>,
    controls: factoryApi.timeControls.bind(factoryApi) as Loader<TimeControl[]>,
    fonts: factoryApi.fontTable.bind(factoryApi) as Loader<Uint8Array>,
  };

  constructor(private readonly model: FirmwareManifest['model']) {}

  onProgress(listener: (pct: number) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private readonly reportProgress = (pct: number): void => {
    this.progress = Math.max(this.progress, Math.round(pct));
    for (const listener of this.listeners) listener(this.progress);
  };

  private readonly verify = (image: Uint8Array): Uint8Array => {
    if (image.byteLength === 0) throw new Error('empty firmware image');
    if (image.byteLength > 512 * 1024) throw new Error('image exceeds flash size');
    return image;
  };

  async flash(): Promise<FirmwareManifest> {
    const { manifest, controls, fonts } = this.loaders;
    const [m, c, f] = await Promise.all([
      manifest(this.model),
      controls(this.model),
      fonts(this.model),
    ]);

    const fischer = c.filter((tc) => tc.incrementSeconds > 0);
    if (fischer.length === 0) {
      throw new Error(`${this.model} firmware ships without any increment time controls`);
    }

    const image = await Promise.resolve(buildImage({ manifest: m, controls: c, fonts: f })).then(this.verify);
    await usbFlasher.write(image, this.reportProgress);
    this.reportProgress(100);
    return m;
  }
}

export async function flashAll(models: readonly FirmwareManifest['model'][]): Promise<string[]> {
  const results: string[] = [];
  for (const model of models) {
    const loader = new ClockFirmwareLoader(model);
    const stop = loader.onProgress((pct) => {
      if (pct % 25 === 0) console.info(`${model}: ${pct}%`);
    });
    try {
      const m = await loader.flash();
      results.push(`${model} -> ${m.version}`);
    } finally {
      stop();
    }
  }
  return results;
}
