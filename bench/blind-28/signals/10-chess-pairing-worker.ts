// expect: none
// computePairings observes its AbortSignal by terminating the worker thread and rejecting with signal.reason, and cleans up the listener on completion.
import { Worker } from "node:worker_threads";

export interface Player {
  fideId: number;
  name: string;
  rating: number;
  score: number;
  colourHistory: Array<"W" | "B">;
  opponents: number[];
}

export interface Pairing {
  board: number;
  white: number;
  black: number | null;
}

export interface PairingRequest {
  round: number;
  players: Player[];
  signal?: AbortSignal;
}

// Swiss pairing can take seconds for large opens, so it runs off the main thread
const PAIRING_SCRIPT = `
const { parentPort, workerData } = require("node:worker_threads");
const players = [...workerData.players].sort((a, b) => b.score - a.score || b.rating - a.rating);
const used = new Set();
const out = [];
let board = 1;
for (const p of players) {
  if (used.has(p.fideId)) continue;
  used.add(p.fideId);
  const opp = players.find((q) => !used.has(q.fideId) && !p.opponents.includes(q.fideId));
  if (!opp) { out.push({ board: board++, white: p.fideId, black: null }); continue; }
  used.add(opp.fideId);
  const pWhite = p.colourHistory.filter((c) => c === "W").length <= opp.colourHistory.filter((c) => c === "W").length;
  out.push({ board: board++, white: pWhite ? p.fideId : opp.fideId, black: pWhite ? opp.fideId : p.fideId });
}
parentPort.postMessage(out);
`;

export function computePairings(req: PairingRequest): Promise<Pairing[]> {
  const { signal } = req;
  if (signal?.aborted) {
    return Promise.reject(signal.reason);
  }

  return new Promise<Pairing[]>((resolve, reject) => {
    const worker = new Worker(PAIRING_SCRIPT, {
      eval: true,
      workerData: { round: req.round, players: req.players },
    });

    const onAbort = () => {
      void worker.terminate();
      reject(signal!.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });

    const done = () => signal?.removeEventListener("abort", onAbort);

    worker.once("message", (pairings: Pairing[]) => {
      done();
      resolve(pairings);
      void worker.terminate();
    });
    worker.once("error", (err) => {
      done();
      reject(err);
    });
    worker.once("exit", (code) => {
      done();
      if (code !== 0) reject(new Error(`pairing worker exited with code ${code}`));
    });
  });
}

export async function pairRound(round: number, players: Player[], signal: AbortSignal): Promise<Pairing[]> {
  const active = players.filter((p) => p.fideId > 0);
  const pairings = await computePairings({ round, players: active, signal });
  return pairings.sort((a, b) => a.board - b.board);
}
