// expect: no-promise-as-value
// activateZone puts resolveOperator(session) — an unawaited promise — into the JSON body, so the audit record's operator field serialises as {}.
export interface OperatorSession {
  sessionId: string;
  badge: string;
  console: 'primary' | 'backup' | 'mobile';
}

export interface Operator {
  badge: string;
  name: string;
  authority: 'duty-officer' | 'regional-director';
}

export interface ActivationRequest {
  zone: string;
  pattern: 'wail' | 'steady' | 'all-clear';
  durationSeconds: number;
  reason: string;
}

declare const sirenGatewayUrl: string;

declare const directory: {
  operatorByBadge(badge: string): Promise<Operator>;
};

declare const audit: {
  lastActivation(zone: string): Promise<{ at: string; pattern: string } | undefined>;
};

async function resolveOperator(session: OperatorSession): Promise<Operator> {
  const op = await directory.operatorByBadge(session.badge);
  if (op.authority !== 'duty-officer' && op.authority !== 'regional-director') {
    throw new Error(`badge ${session.badge} may not activate sirens`);
  }
  return op;
}

function validate(request: ActivationRequest): void {
  if (request.durationSeconds < 30 || request.durationSeconds > 900) {
    throw new Error(`duration ${request.durationSeconds}s outside 30–900 s`);
  }
  if (request.pattern !== 'all-clear' && request.reason.trim().length < 10) {
    throw new Error('activation requires a reason of at least 10 characters');
  }
}

export async function activateZone(session: OperatorSession, request: ActivationRequest): Promise<string> {
  validate(request);

  const previous = await audit.lastActivation(request.zone);
  if (previous && request.pattern === 'wail' && Date.now() - Date.parse(previous.at) < 60_000) {
    throw new Error(`zone ${request.zone} was activated less than a minute ago (${previous.pattern})`);
  }

  const res = await fetch(`${sirenGatewayUrl}/zones/${encodeURIComponent(request.zone)}/activate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-session': session.sessionId },
    body: JSON.stringify({
      pattern: request.pattern,
      durationSeconds: request.durationSeconds,
      reason: request.reason,
      console: session.console,
      operator: resolveOperator(session),
      requestedAt: new Date().toISOString(),
    }),
  });
  if (!res.ok) {
    throw new Error(`siren gateway refused activation of ${request.zone}: ${res.status} ${await res.text()}`);
  }
  const { activationId } = (await res.json()) as { activationId: string };
  return activationId;
}

export async function allClear(session: OperatorSession, zones: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const zone of zones) {
    ids.push(
      await activateZone(session, { zone, pattern: 'all-clear', durationSeconds: 60, reason: 'threat passed' }),
    );
  }
  return ids;
}
