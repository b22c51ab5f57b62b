// expect: none
// The catch rethrows AbortError untouched and only maps other failures; the signal is forwarded to fetch and to the stream pipeline.
import { createWriteStream } from "node:fs";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";

export interface RoastProfileMeta {
  profileId: string;
  nut: string;
  durationSec: number;
  bytes: number;
}

export class ProfileDownloadError extends Error {
  constructor(message: string, readonly profileId: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "ProfileDownloadError";
  }
}

declare const profileServer: string;

async function fetchMeta(profileId: string, signal: AbortSignal): Promise<RoastProfileMeta> {
  const response = await fetch(`${profileServer}/profiles/${encodeURIComponent(profileId)}`, { signal });
  if (!response.ok) {
    throw new ProfileDownloadError(`metadata request failed with ${response.status}`, profileId);
  }
  return (await response.json()) as RoastProfileMeta;
}

export async function downloadProfile(
  profileId: string,
  destination: string,
  signal: AbortSignal,
): Promise<RoastProfileMeta> {
  try {
    const meta = await fetchMeta(profileId, signal);
    if (meta.durationSec > 30 * 60) {
      throw new ProfileDownloadError(`profile runs ${meta.durationSec}s, longer than any drum allows`, profileId);
    }

    const response = await fetch(`${profileServer}/profiles/${encodeURIComponent(profileId)}/curve.csv`, {
      signal,
    });
    if (!response.ok || !response.body) {
      throw new ProfileDownloadError(`curve download failed with ${response.status}`, profileId);
    }

    await pipeline(
      Readable.fromWeb(response.body as unknown as WebReadableStream<Uint8Array>),
      createWriteStream(destination),
      { signal },
    );
    return meta;
  } catch (err) {
    if (signal.aborted || (err instanceof Error && err.name === "AbortError")) {
      throw err;
    }
    if (err instanceof ProfileDownloadError) {
      throw err;
    }
    throw new ProfileDownloadError(`could not download profile ${profileId}`, profileId, { cause: err });
  }
}

export async function syncProfiles(
  profileIds: string[],
  directory: string,
  signal: AbortSignal,
): Promise<RoastProfileMeta[]> {
  const synced: RoastProfileMeta[] = [];
  for (const id of profileIds) {
    signal.throwIfAborted();
    synced.push(await downloadProfile(id, `${directory}/${id}.csv`, signal));
  }
  return synced;
}
