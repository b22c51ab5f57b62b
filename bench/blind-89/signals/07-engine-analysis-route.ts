// expect: no-swallowed-abort
// An AbortError from the engine (client disconnected) is caught and turned into an empty evaluation, which the handler then caches as if it were the real analysis.
export interface Evaluation {
  fen: string;
  depth: number;
  scoreCp: number | null;
  mateIn: number | null;
  bestMove: string | null;
  pv: string[];
}

interface AnalyseRequest {
  params: { tournamentId: string; board: string };
  query: { fen: string; depth?: string };
  signal: AbortSignal;
}

interface Reply {
  code(status: number): Reply;
  send(body: unknown): void;
}

declare const engine: {
  analyse(fen: string, opts: { depth: number; multiPv: number; signal: AbortSignal }): Promise<Evaluation>;
};
declare const evalCache: {
  get(key: string): Promise<Evaluation | undefined>;
  set(key: string, value: Evaluation, ttlSec: number): Promise<void>;
};

const MAX_DEPTH = 30;

function emptyEvaluation(fen: string): Evaluation {
  return { fen, depth: 0, scoreCp: null, mateIn: null, bestMove: null, pv: [] };
}

async function analyseSafely(fen: string, depth: number, signal: AbortSignal): Promise<Evaluation> {
  try {
    return await engine.analyse(fen, { depth, multiPv: 1, signal });
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') {
      return emptyEvaluation(fen);
    }
    throw err;
  }
}

export async function boardEvaluationHandler(req: AnalyseRequest, reply: Reply): Promise<void> {
  const { fen } = req.query;
  const depth = Math.min(Number(req.query.depth ?? 22), MAX_DEPTH);
  if (!fen || fen.split(' ').length !== 6) {
    reply.code(400).send({ error: 'fen must have six fields' });
    return;
  }

  const key = `eval:${depth}:${fen}`;
  const cached = await evalCache.get(key);
  if (cached) {
    reply.send({ ...cached, cached: true });
    return;
  }

  // Live boards are watched by many spectators; one analysis serves all of them for an hour.
  const evaluation = await analyseSafely(fen, depth, req.signal);
  await evalCache.set(key, evaluation, 3600);
  reply.send({ ...evaluation, cached: false, board: req.params.board });
}
