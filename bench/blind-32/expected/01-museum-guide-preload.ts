// expect: no-uncalled-async-function
// warmUp passes primeAudioIndex itself instead of primeAudioIndex(galleryId) to Promise.all, so the audio index is never loaded before the tour starts.
export interface GuideStop {
  stopNumber: number;
  artworkId: string;
  title: string;
  audioUrl: string;
  durationSec: number;
}

export interface Transcript {
  stopNumber: number;
  language: string;
  text: string;
}

declare const contentApi: {
  galleryStops(galleryId: string): Promise<GuideStop[]>;
  transcripts(galleryId: string, language: string): Promise<Transcript[]>;
};

declare const deviceCache: {
  put(key: string, value: unknown): Promise<void>;
  get<T>(key: string): Promise<T | undefined>;
  prefetchAudio(url: string): Promise<void>;
};

const SUPPORTED_LANGUAGES = ["en", "fr", "de", "es", "ja", "zh"] as const;
type Language = (typeof SUPPORTED_LANGUAGES)[number];

function normaliseLanguage(requested: string): Language {
  const base = requested.toLowerCase().split("-")[0];
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(base) ? (base as Language) : "en";
}

async function loadTranscripts(galleryId: string, language: Language): Promise<void> {
  const key = `transcripts:${galleryId}:${language}`;
  if (await deviceCache.get(key)) return;
  const transcripts = await contentApi.transcripts(galleryId, language);
  await deviceCache.put(key, transcripts);
}

async function primeAudioIndex(galleryId: string): Promise<void> {
  const stops = await contentApi.galleryStops(galleryId);
  await deviceCache.put(`stops:${galleryId}`, stops);
  const firstStops = stops.slice().sort((a, b) => a.stopNumber - b.stopNumber).slice(0, 3);
  for (const stop of firstStops) {
    await deviceCache.prefetchAudio(stop.audioUrl);
  }
}

export class AudioGuideSession {
  private language: Language;
  private ready = false;

  constructor(
    private readonly deviceId: string,
    private readonly galleryId: string,
    requestedLanguage: string,
  ) {
    this.language = normaliseLanguage(requestedLanguage);
  }

  async warmUp(): Promise<void> {
    await Promise.all([loadTranscripts(this.galleryId, this.language), primeAudioIndex]);
    this.ready = true;
  }

  async stop(stopNumber: number): Promise<GuideStop> {
    if (!this.ready) {
      await this.warmUp();
    }
    const stops = await deviceCache.get<GuideStop[]>(`stops:${this.galleryId}`);
    const stop = stops?.find((s) => s.stopNumber === stopNumber);
    if (!stop) {
      throw new Error(`device ${this.deviceId}: no stop ${stopNumber} in gallery ${this.galleryId}`);
    }
    return stop;
  }

  async switchLanguage(requested: string): Promise<void> {
    const next = normaliseLanguage(requested);
    if (next === this.language) return;
    await loadTranscripts(this.galleryId, next);
    this.language = next;
  }

  get currentLanguage(): Language {
    return this.language;
  }
}
