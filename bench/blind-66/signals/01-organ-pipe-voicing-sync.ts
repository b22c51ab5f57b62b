// expect: require-signal-propagation
// syncVoicingSession passes options.signal to the rank fetch but not to the final POST, so cancelling the session does not stop the upload.
export interface PipeVoicing {
  note: string;
  cutUpMm: number;
  languidNicks: number;
  toeHoleMm: number;
  measuredCents: number;
}

export interface VoicingSession {
  organ: string;
  rank: string;
  voicer: string;
  pipes: PipeVoicing[];
}

export interface SyncOptions {
  baseUrl: string;
  token: string;
  signal?: AbortSignal;
}

interface RankSpec {
  rank: string;
  windPressureMm: number;
  scale: string;
  notes: string[];
}

const CENTS_TOLERANCE = 3;

function headers(token: string): HeadersInit {
  return { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
}

function validatePipes(spec: RankSpec, pipes: readonly PipeVoicing[]): string[] {
  const problems: string[] = [];
  const known = new Set(spec.notes);
  for (const pipe of pipes) {
    if (!known.has(pipe.note)) problems.push(`${pipe.note} is not part of ${spec.rank}`);
    if (Math.abs(pipe.measuredCents) > CENTS_TOLERANCE) {
      problems.push(`${pipe.note} is ${pipe.measuredCents.toFixed(1)} cents off after voicing`);
    }
    if (pipe.cutUpMm <= 0 || pipe.toeHoleMm <= 0) problems.push(`${pipe.note} has impossible geometry`);
  }
  return problems;
}

export async function syncVoicingSession(
  session: VoicingSession,
  options: SyncOptions,
): Promise<{ accepted: number; problems: string[] }> {
  const { baseUrl, token, signal } = options;

  const specResponse = await fetch(
    `${baseUrl}/organs/${encodeURIComponent(session.organ)}/ranks/${encodeURIComponent(session.rank)}`,
    { headers: headers(token), signal },
  );
  if (!specResponse.ok) {
    throw new Error(`rank spec for ${session.rank} unavailable: HTTP ${specResponse.status}`);
  }
  const spec = (await specResponse.json()) as RankSpec;

  const problems = validatePipes(spec, session.pipes);
  const accepted = session.pipes.filter((p) => Math.abs(p.measuredCents) <= CENTS_TOLERANCE);
  if (accepted.length === 0) {
    return { accepted: 0, problems };
  }

  const upload = await fetch(`${baseUrl}/organs/${encodeURIComponent(session.organ)}/voicing-sessions`, {
    method: 'POST',
    headers: headers(token),
    body: JSON.stringify({
      rank: session.rank,
      voicer: session.voicer,
      windPressureMm: spec.windPressureMm,
      pipes: accepted,
    }),
  });
  if (!upload.ok) {
    throw new Error(`voicing upload for ${session.rank} rejected: HTTP ${upload.status} ${await upload.text()}`);
  }
  return { accepted: accepted.length, problems };
}
