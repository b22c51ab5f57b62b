// expect: none
// Correct: each retry attempt calls fetchWire() again with a fresh AbortController, so every attempt is a new request.
import { setTimeout as delay } from "node:timers/promises";

export interface WireStory {
  id: string;
  agency: "AP" | "Reuters" | "AFP";
  slug: string;
  body: string;
  filedAt: string;
}

export interface IngestOptions {
  endpoint: string;
  apiKey: string;
  attempts?: number;
  timeoutMs?: number;
}

declare const newsroomStore: {
  upsertStories(stories: WireStory[]): Promise<number>;
  lastCursor(agency: string): Promise<string | null>;
};

class WireFetchError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

async function fetchWire(url: string, apiKey: string, timeoutMs: number): Promise<WireStory[]> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const res = await fetch(url, {
      headers: { Authorization: `Bearer ${apiKey}`, Accept: "application/json" },
      signal: controller.signal,
    });
    if (!res.ok) {
      throw new WireFetchError(res.status, `wire feed returned ${res.status}`);
    }
    const payload = (await res.json()) as { stories: WireStory[] };
    return payload.stories;
  } finally {
    clearTimeout(timer);
  }
}

function isRetryable(err: unknown): boolean {
  if (err instanceof WireFetchError) return err.status >= 500 || err.status === 429;
  return err instanceof Error && err.name === "AbortError";
}

export async function ingestAgency(agency: WireStory["agency"], opts: IngestOptions): Promise<number> {
  const attempts = opts.attempts ?? 4;
  const timeoutMs = opts.timeoutMs ?? 8_000;
  const cursor = await newsroomStore.lastCursor(agency);
  const url = new URL(`/v2/${agency.toLowerCase()}/stories`, opts.endpoint);
  if (cursor) url.searchParams.set("since", cursor);

  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const stories = await fetchWire(url.toString(), opts.apiKey, timeoutMs);
      return await newsroomStore.upsertStories(stories);
    } catch (err) {
      lastError = err;
      if (!isRetryable(err) || attempt === attempts) break;
      // back off a little more each time, the agencies rate-limit aggressively
      await delay(250 * 2 ** attempt);
    }
  }
  throw lastError;
}

export async function ingestAll(opts: IngestOptions): Promise<Record<string, number>> {
  const agencies: WireStory["agency"][] = ["AP", "Reuters", "AFP"];
  const counts = await Promise.all(agencies.map((a) => ingestAgency(a, opts)));
  return Object.fromEntries(agencies.map((a, i) => [a, counts[i]]));
}
