// expect: require-signal-propagation
// uploadRoastProfile holds a signal and passes it to fetch, but its retry backoff awaits timers/promises setTimeout without the signal.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { setTimeout as sleep } from "node:timers/promises";

interface RoastProfile {
  batchId: string;
  origin: string;
  chargeTempC: number;
  curve: Array<{ t: number; beanTempC: number }>;
}

interface UploadOptions {
  endpoint: string;
  signal: AbortSignal;
  attempts?: number;
  backoffMs?: number;
}

export async function uploadRoastProfile(profile: RoastProfile, opts: UploadOptions): Promise<string> {
  const attempts = opts.attempts ?? 4;
  const backoff = opts.backoffMs ?? 2000;

  for (let i = 0; i < attempts; i++) {
    const res = await fetch(`${opts.endpoint}/roasts/${encodeURIComponent(profile.batchId)}`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(profile),
      signal: opts.signal,
    });
    if (res.ok) {
      const { revision } = (await res.json()) as { revision: string };
      return revision;
    }
    if (res.status < 500 || i === attempts - 1) {
      throw new Error(`roast upload failed with ${res.status}`);
    }
    // Roaster cloud tends to 503 during the morning sync window
    await sleep(backoff * (i + 1));
  }
  throw new Error("unreachable");
}

type FetchFn = typeof globalThis.fetch;

function withFetch(stub: FetchFn, body: () => Promise<void>): Promise<void> {
  const original = globalThis.fetch;
  globalThis.fetch = stub;
  return body().finally(() => {
    globalThis.fetch = original;
  });
}

const profile: RoastProfile = {
  batchId: "ETH-YIRG-0412",
  origin: "Yirgacheffe",
  chargeTempC: 205,
  curve: [
    { t: 0, beanTempC: 205 },
    { t: 90, beanTempC: 98 },
    { t: 540, beanTempC: 196 },
  ],
};

describe("uploadRoastProfile", () => {
  it("returns the revision after a transient 503", async () => {
    let calls = 0;
    const stub: FetchFn = async () => {
      calls += 1;
      return calls === 1
        ? new Response("busy", { status: 503 })
        : Response.json({ revision: "r7" });
    };
    await withFetch(stub, async () => {
      const rev = await uploadRoastProfile(profile, {
        endpoint: "https://roaster.test",
        signal: new AbortController().signal,
        backoffMs: 1,
      });
      assert.equal(rev, "r7");
      assert.equal(calls, 2);
    });
  });

  it("does not retry a 4xx", async () => {
    const stub: FetchFn = async () => new Response("bad curve", { status: 422 });
    await withFetch(stub, async () => {
      await assert.rejects(
        uploadRoastProfile(profile, { endpoint: "https://roaster.test", signal: new AbortController().signal }),
        /422/,
      );
    });
  });
});
