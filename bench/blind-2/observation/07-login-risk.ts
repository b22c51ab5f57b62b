// expect: no-unobserved-promise
// The geo lookup is started before the user lookup and password check but only awaited at the end of the success path: while those awaits run (and on the wrong-password or locked early returns, forever) it has no handler, so a geo-IP outage produces unhandled rejections.
interface UserRecord {
  id: string;
  email: string;
  passwordHash: string;
  lockedUntil: number | null;
  lastCountry: string | null;
}
interface GeoInfo {
  country: string;
  asn: number;
  isHosting: boolean;
}
declare const users: {
  findByEmail(email: string): Promise<UserRecord | null>;
  recordFailure(id: string): Promise<number>;
};
declare const geoip: { lookup(ip: string): Promise<GeoInfo> };
declare function verifyPassword(hash: string, password: string): Promise<boolean>;
declare function issueSession(userId: string, opts: { stepUp: boolean }): Promise<string>;

export type LoginResult =
  | { ok: true; session: string; stepUp: boolean }
  | { ok: false; reason: 'invalid_credentials' | 'locked'; retryAfterSec?: number };

export async function login(email: string, password: string, clientIp: string): Promise<LoginResult> {
  const geoP = geoip.lookup(clientIp);
  const user = await users.findByEmail(email.trim().toLowerCase());

  if (!user) {
    await verifyPassword('$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$ZHVtbXk', password);
    return { ok: false, reason: 'invalid_credentials' };
  }
  if (user.lockedUntil && user.lockedUntil > Date.now()) {
    return { ok: false, reason: 'locked', retryAfterSec: Math.ceil((user.lockedUntil - Date.now()) / 1000) };
  }
  if (!(await verifyPassword(user.passwordHash, password))) {
    const failures = await users.recordFailure(user.id);
    console.info(`[auth] failed login for ${user.id} (${failures} recent failures)`);
    return { ok: false, reason: 'invalid_credentials' };
  }

  let stepUp = false;
  try {
    const geo = await geoP;
    stepUp = geo.isHosting || (user.lastCountry !== null && geo.country !== user.lastCountry);
  } catch (err) {
    console.warn('[auth] geo lookup failed, requiring step-up', err);
    stepUp = true;
  }
  return { ok: true, session: await issueSession(user.id, { stepUp }), stepUp };
}
