// expect: none
// The caller's signal travels inside the RequestInit built by requestInit() and is handed to the timers/promises delay, so every cancellable call observes it.
import { setTimeout as delay } from "node:timers/promises";

export interface ProofRequest {
  jobId: string;
  lines: string[];
  font: "roman" | "script";
  stone: "granite" | "marble";
}

export interface ProofResult {
  jobId: string;
  svgUrl: string;
  approved: boolean;
}

export interface CallOptions {
  signal?: AbortSignal;
  token: string;
}

const PROOF_API = "https://proofs.memorial-works.internal";
const POLL_INTERVAL_MS = 2_000;
const MAX_POLLS = 90;

function requestInit(options: CallOptions, body?: unknown): RequestInit {
  const init: RequestInit = {
    method: body === undefined ? "GET" : "POST",
    headers: {
      authorization: `Bearer ${options.token}`,
      "content-type": "application/json",
    },
    signal: options.signal,
  };
  if (body !== undefined) init.body = JSON.stringify(body);
  return init;
}

function checkLines(req: ProofRequest): void {
  const maxChars = req.font === "script" ? 28 : 34;
  req.lines.forEach((line, i) => {
    if (line.length > maxChars) {
      throw new RangeError(`line ${i + 1} is ${line.length} characters; ${req.font} allows ${maxChars}`);
    }
  });
  if (req.stone === "marble" && req.lines.length > 8) {
    throw new RangeError("marble tablets take at most 8 lines");
  }
}

export async function requestProof(req: ProofRequest, options: CallOptions): Promise<string> {
  checkLines(req);
  const res = await fetch(`${PROOF_API}/proofs`, requestInit(options, req));
  if (!res.ok) throw new Error(`proof submission failed: ${res.status}`);
  const { proofId } = (await res.json()) as { proofId: string };
  return proofId;
}

export async function waitForProof(proofId: string, options: CallOptions): Promise<ProofResult> {
  for (let poll = 0; poll < MAX_POLLS; poll++) {
    const res = await fetch(`${PROOF_API}/proofs/${proofId}`, requestInit(options));
    if (res.status === 200) {
      return (await res.json()) as ProofResult;
    }
    if (res.status !== 202) {
      throw new Error(`proof ${proofId} failed to render: ${res.status}`);
    }
    await delay(POLL_INTERVAL_MS, undefined, { signal: options.signal });
  }
  throw new Error(`proof ${proofId} still rendering after ${MAX_POLLS} polls`);
}

export async function proofAndApprove(req: ProofRequest, options: CallOptions): Promise<ProofResult> {
  const proofId = await requestProof(req, options);
  const proof = await waitForProof(proofId, options);
  if (proof.approved) return proof;

  const res = await fetch(
    `${PROOF_API}/proofs/${proofId}/approve`,
    requestInit(options, { approvedBy: "workshop" }),
  );
  if (!res.ok) throw new Error(`approval failed for ${proofId}: ${res.status}`);
  return { ...proof, approved: true };
}
