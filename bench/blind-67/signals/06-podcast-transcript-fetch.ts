// expect: none
// The caller's signal reaches fetch through requestInit() (combined with a timeout via AbortSignal.any) and reaches the file pipeline through its options.
import { createWriteStream } from "node:fs";
import { stat } from "node:fs/promises";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { join } from "node:path";

export interface TranscriptJob {
  episodeId: string;
  boothId: string;
  language: string;
  format: "vtt" | "srt" | "txt";
}

export interface FetchedTranscript {
  path: string;
  bytes: number;
  speakers: number;
}

declare const TRANSCRIBE_API: string;
declare const studioToken: string;
declare const archive: { recordTranscript(job: TranscriptJob, result: FetchedTranscript): Promise<void> };

const REQUEST_TIMEOUT_MS = 60_000;

export class TranscriptFetcher {
  constructor(private readonly outDir: string) {}

  private requestInit(signal: AbortSignal, accept: string): RequestInit {
    return {
      signal: AbortSignal.any([signal, AbortSignal.timeout(REQUEST_TIMEOUT_MS)]),
      headers: { authorization: `Bearer ${studioToken}`, accept },
    };
  }

  private async speakerCount(job: TranscriptJob, signal: AbortSignal): Promise<number> {
    const res = await fetch(`${TRANSCRIBE_API}/episodes/${job.episodeId}/speakers`, this.requestInit(signal, "application/json"));
    if (!res.ok) {
      throw new Error(`speaker list for ${job.episodeId}: HTTP ${res.status}`);
    }
    const speakers = (await res.json()) as Array<{ label: string }>;
    return new Set(speakers.map((s) => s.label)).size;
  }

  async fetchTranscript(job: TranscriptJob, signal: AbortSignal): Promise<FetchedTranscript> {
    const url = new URL(`/episodes/${job.episodeId}/transcript`, TRANSCRIBE_API);
    url.searchParams.set("lang", job.language);
    url.searchParams.set("format", job.format);

    const res = await fetch(url, this.requestInit(signal, job.format === "txt" ? "text/plain" : `text/${job.format}`));
    if (!res.ok || !res.body) {
      throw new Error(`transcript for ${job.episodeId}: HTTP ${res.status}`);
    }

    const path = join(this.outDir, `${job.boothId}-${job.episodeId}.${job.format}`);
    const body = Readable.fromWeb(res.body as WebReadableStream<Uint8Array>);
    await pipeline(body, createWriteStream(path), { signal });
    const { size: bytes } = await stat(path);

    const speakers = await this.speakerCount(job, signal);
    const result = { path, bytes, speakers };
    await archive.recordTranscript(job, result);
    return result;
  }
}
