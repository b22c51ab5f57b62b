// expect: none
// The OCR call gets a signal combined from the caller's and a local controller; the race's timer is cleared and the loser aborted in finally.
export interface LabelImage {
  sheetId: string;
  bytes: Uint8Array;
  script: 'latin' | 'cyrillic' | 'mixed';
}

export interface LabelText {
  sheetId: string;
  collector?: string;
  locality?: string;
  dateCollected?: string;
  raw: string;
  confidence: number;
}

declare const ocrService: {
  recognise(image: Uint8Array, options: { language: string; signal: AbortSignal }): Promise<{ text: string; confidence: number }>;
};

export class OcrTimeout extends Error {
  constructor(readonly sheetId: string, ms: number) {
    super(`OCR of ${sheetId} exceeded ${ms}ms`);
    this.name = 'OcrTimeout';
  }
}

const LANGUAGE: Record<LabelImage['script'], string> = { latin: 'lat+eng', cyrillic: 'rus', mixed: 'lat+eng+rus' };

export function extractFields(sheetId: string, raw: string, confidence: number): LabelText {
  const line = (prefix: RegExp) => raw.split('\n').find((l) => prefix.test(l))?.replace(prefix, '').trim();
  return {
    sheetId,
    collector: line(/^(leg\.|coll\.|collector:)\s*/i),
    locality: line(/^(loc\.|locality:|hab\.)\s*/i),
    dateCollected: raw.match(/\b(1[89]\d{2}|20\d{2})-\d{2}-\d{2}\b/)?.[0],
    raw,
    confidence,
  };
}

export async function readLabel(
  image: LabelImage,
  timeoutMs: number,
  options: { signal?: AbortSignal } = {},
): Promise<LabelText> {
  const local = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, local.signal]) : local.signal;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new OcrTimeout(image.sheetId, timeoutMs)), timeoutMs);
  });

  try {
    const result = await Promise.race([
      ocrService.recognise(image.bytes, { language: LANGUAGE[image.script], signal }),
      timeout,
    ]);
    return extractFields(image.sheetId, result.text, result.confidence);
  } finally {
    clearTimeout(timer);
    local.abort();
  }
}

export async function transcribeFolder(
  images: LabelImage[],
  options: { signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<{ texts: LabelText[]; needsHuman: string[] }> {
  const texts: LabelText[] = [];
  const needsHuman: string[] = [];
  for (const image of images) {
    try {
      const text = await readLabel(image, options.timeoutMs ?? 30_000, { signal: options.signal });
      if (text.confidence < 0.7 || !text.collector) needsHuman.push(image.sheetId);
      texts.push(text);
    } catch (err) {
      if (!(err instanceof OcrTimeout)) throw err;
      needsHuman.push(image.sheetId);
    }
  }
  return { texts, needsHuman };
}
