// expect: no-unobserved-promise
// The userinfo request is started before the scope check; when the early return is taken that promise is never awaited and its rejection is unobserved.
import { createHash, randomUUID } from 'node:crypto';

export interface TokenSet {
  access_token: string;
  refresh_token?: string;
  id_token?: string;
  expires_in: number;
  scope: string;
  token_type: 'Bearer';
}

export interface UserProfile {
  sub: string;
  email?: string;
  name?: string;
}

export interface Session {
  id: string;
  accessToken: string;
  refreshToken: string;
  expiresAt: number;
  profile: UserProfile | null;
}

declare const idp: {
  tokenEndpoint: string;
  userinfoEndpoint: string;
  clientId: string;
  clientSecret: string;
};

declare const sessions: {
  get(id: string): Promise<Session | undefined>;
  put(session: Session): Promise<void>;
};

async function requestTokens(refreshToken: string): Promise<TokenSet> {
  const res = await fetch(idp.tokenEndpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'refresh_token',
      refresh_token: refreshToken,
      client_id: idp.clientId,
      client_secret: idp.clientSecret,
    }),
  });
  if (!res.ok) throw new Error(`token refresh failed: ${res.status}`);
  return (await res.json()) as TokenSet;
}

async function fetchUserInfo(accessToken: string): Promise<UserProfile> {
  const res = await fetch(idp.userinfoEndpoint, {
    headers: { authorization: `Bearer ${accessToken}` },
  });
  if (!res.ok) throw new Error(`userinfo failed: ${res.status}`);
  return (await res.json()) as UserProfile;
}

export function sessionFingerprint(s: Session): string {
  return createHash('sha256').update(`${s.id}:${s.accessToken}`).digest('hex').slice(0, 16);
}

export async function refreshSession(sessionId: string): Promise<Session> {
  const current = await sessions.get(sessionId);
  if (!current) throw new Error(`unknown session ${sessionId}`);

  const tokens = await requestTokens(current.refreshToken);
  const profileRequest = fetchUserInfo(tokens.access_token);

  const base: Session = {
    id: randomUUID(),
    accessToken: tokens.access_token,
    refreshToken: tokens.refresh_token ?? current.refreshToken,
    expiresAt: Date.now() + tokens.expires_in * 1000,
    profile: current.profile,
  };

  const scopes = tokens.scope.split(' ');
  if (!scopes.includes('openid') && !scopes.includes('profile')) {
    await sessions.put(base);
    return base;
  }

  const profile = await profileRequest;
  const next: Session = { ...base, profile };
  await sessions.put(next);
  return next;
}
