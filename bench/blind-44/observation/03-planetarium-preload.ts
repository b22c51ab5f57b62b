// expect: none
// The starfield load is started early, but its .then(onOk, onErr) is attached in the same statement, so the stored promise can never reject unobserved while the audio awaits run.
export interface ShowSpec {
  id: string;
  title: string;
  catalog: 'hipparcos' | 'gaia-dr3' | 'yale-bright';
  soundtrack: string;
  narrationLanguage: string;
  domeResolution: 2048 | 4096 | 8192;
}

interface StarfieldTexture {
  stars: number;
  bytes: number;
}

interface AudioCue {
  id: string;
  durationSec: number;
}

type Loaded<T> = { ok: true; value: T } | { ok: false; error: unknown };

declare const domeRenderer: {
  loadStarfield(catalog: string, resolution: number): Promise<StarfieldTexture>;
  useFallbackSky(resolution: number): StarfieldTexture;
  mount(texture: StarfieldTexture): Promise<void>;
};
declare const audioBus: {
  prepare(track: string): Promise<AudioCue[]>;
  loadNarration(showId: string, language: string): Promise<AudioCue[]>;
};
declare const ops: { warn(msg: string): void };

function settle<T>(promise: Promise<T>): Promise<Loaded<T>> {
  return promise.then(
    (value): Loaded<T> => ({ ok: true, value }),
    (error: unknown): Loaded<T> => ({ ok: false, error }),
  );
}

export interface PreparedShow {
  showId: string;
  texture: StarfieldTexture;
  cues: AudioCue[];
  runtimeSec: number;
  degraded: boolean;
}

export async function prepareShow(spec: ShowSpec): Promise<PreparedShow> {
  // Texture decoding is the slowest step; start it before the audio work.
  const starfield = settle(domeRenderer.loadStarfield(spec.catalog, spec.domeResolution));

  const music = await audioBus.prepare(spec.soundtrack);
  const narration = await audioBus.loadNarration(spec.id, spec.narrationLanguage);

  const loaded = await starfield;
  let texture: StarfieldTexture;
  let degraded = false;
  if (loaded.ok) {
    texture = loaded.value;
  } else {
    ops.warn(`starfield for ${spec.id} failed, using fallback sky: ${String(loaded.error)}`);
    texture = domeRenderer.useFallbackSky(spec.domeResolution);
    degraded = true;
  }
  await domeRenderer.mount(texture);

  const cues = [...music, ...narration];
  const runtimeSec = Math.max(
    music.reduce((s, c) => s + c.durationSec, 0),
    narration.reduce((s, c) => s + c.durationSec, 0),
  );
  return { showId: spec.id, texture, cues, runtimeSec, degraded };
}

export function fitsSlot(show: PreparedShow, slotMinutes: number, turnoverMinutes = 12): boolean {
  return show.runtimeSec / 60 + turnoverMinutes <= slotMinutes;
}

export function textureBudgetOk(show: PreparedShow, gpuMegabytes: number): boolean {
  return show.texture.bytes / (1024 * 1024) < gpuMegabytes * 0.6;
}
