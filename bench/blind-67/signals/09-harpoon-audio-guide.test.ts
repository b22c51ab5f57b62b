// expect: none
// loadTrack forwards the caller's signal to the fetcher and checks it between steps; the tests abort and assert that the AbortError surfaces.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { setTimeout as delay } from "node:timers/promises";

interface AudioTrack {
  exhibit: string;
  language: string;
  durationSec: number;
  bytes: Uint8Array;
}

type Fetcher = (url: string, init: { signal: AbortSignal }) => Promise<{ ok: boolean; status: number; bytes: Uint8Array }>;

async function loadTrack(exhibit: string, language: string, fetcher: Fetcher, signal: AbortSignal): Promise<AudioTrack> {
  signal.throwIfAborted();
  const url = `https://guide.example/harpoons/${encodeURIComponent(exhibit)}/${language}.opus`;
  const res = await fetcher(url, { signal });
  if (!res.ok) {
    throw new Error(`audio for ${exhibit} (${language}) unavailable: ${res.status}`);
  }
  signal.throwIfAborted();
  // Opus at ~24 kbit/s: a rough duration is good enough for the kiosk progress bar.
  const durationSec = Math.round((res.bytes.byteLength * 8) / 24_000);
  return { exhibit, language, durationSec, bytes: res.bytes };
}

function slowFetcher(ms: number, payloadBytes = 6_000): Fetcher {
  return async (_url, { signal }) => {
    await delay(ms, undefined, { signal });
    return { ok: true, status: 200, bytes: new Uint8Array(payloadBytes) };
  };
}

describe("audio guide loader", () => {
  it("loads a track and estimates its duration", async () => {
    const ac = new AbortController();
    const track = await loadTrack("norwegian-svend-foyn", "en", slowFetcher(2, 30_000), ac.signal);
    assert.equal(track.exhibit, "norwegian-svend-foyn");
    assert.equal(track.durationSec, 10);
  });

  it("rejects with AbortError when the visitor skips ahead", async () => {
    const ac = new AbortController();
    const pending = loadTrack("greener-punt-gun", "de", slowFetcher(1_000), ac.signal);
    ac.abort();
    await assert.rejects(pending, { name: "AbortError" });
  });

  it("does not call the fetcher for an already-aborted signal", async () => {
    let calls = 0;
    const counting: Fetcher = async (url, init) => {
      calls++;
      return slowFetcher(1)(url, init);
    };
    await assert.rejects(loadTrack("bomb-lance", "fr", counting, AbortSignal.abort()), { name: "AbortError" });
    assert.equal(calls, 0);
  });

  it("reports HTTP failures as ordinary errors", async () => {
    const failing: Fetcher = async () => ({ ok: false, status: 404, bytes: new Uint8Array() });
    await assert.rejects(
      loadTrack("unknown", "en", failing, new AbortController().signal),
      /audio for unknown \(en\) unavailable: 404/,
    );
  });
});
