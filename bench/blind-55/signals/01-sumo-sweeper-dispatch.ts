// expect: require-signal-propagation
// Bug: the dispatch request gets request.signal, but the status-polling fetch inside the loop does not, so a cancelled request keeps polling the sweeper API.
import { setTimeout as delay } from "node:timers/promises";

const SWEEPER_API = "http://sweepers.kokugikan.internal/v2";

interface SweepJob {
  jobId: string;
  ringId: string;
  state: "queued" | "sweeping" | "watering" | "done" | "failed";
  etaSeconds?: number;
}

interface DispatchBody {
  ringId: string;
  mode: "sweep" | "sweep-and-water";
  boutAfter: string;
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

function parseBody(raw: unknown): DispatchBody | null {
  if (typeof raw !== "object" || raw === null) return null;
  const { ringId, mode, boutAfter } = raw as Record<string, unknown>;
  if (typeof ringId !== "string" || typeof boutAfter !== "string") return null;
  if (mode !== "sweep" && mode !== "sweep-and-water") return null;
  return { ringId, mode, boutAfter };
}

async function readJob(res: Response): Promise<SweepJob> {
  if (!res.ok) {
    throw new Error(`sweeper API ${res.status}: ${await res.text()}`);
  }
  return (await res.json()) as SweepJob;
}

export async function handleDispatch(request: Request): Promise<Response> {
  const body = parseBody(await request.json());
  if (!body) return json(400, { error: "ringId, mode and boutAfter are required" });

  const headers = { "content-type": "application/json", "x-ring": body.ringId };
  let job = await readJob(
    await fetch(`${SWEEPER_API}/jobs`, {
      method: "POST",
      headers,
      body: JSON.stringify(body),
      signal: request.signal,
    }),
  );

  const deadline = Date.now() + 90_000;
  while (job.state !== "done" && job.state !== "failed") {
    if (Date.now() > deadline) {
      return json(504, { error: "sweeper did not finish before the next bout", jobId: job.jobId });
    }
    await delay(Math.min((job.etaSeconds ?? 2) * 1_000, 5_000), undefined, { signal: request.signal });
    job = await readJob(await fetch(`${SWEEPER_API}/jobs/${job.jobId}`, { headers }));
  }

  if (job.state === "failed") {
    return json(502, { error: "sweeper reported failure", jobId: job.jobId });
  }
  return json(200, { jobId: job.jobId, ringId: job.ringId, ready: true });
}
