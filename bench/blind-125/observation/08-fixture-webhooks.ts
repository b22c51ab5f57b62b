// expect: no-floating-promises
// publishFixtures hands an async callback to forEach, which discards the returned promises, so webhook failures go unhandled and the function returns before any post is sent.
export interface ClubSubscription {
  club: string;
  webhookUrl: string;
  secret: string;
}

export interface FixtureChange {
  fixtureId: string;
  competition: string;
  home: string;
  away: string;
  newThrowIn: string;
  newVenue: string;
  reason: 'weather' | 'pitch' | 'clash' | 'television';
}

export interface PublishSummary {
  fixtureId: string;
  notified: string[];
  at: string;
}

async function sign(secret: string, body: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(body));
  return Buffer.from(mac).toString('hex');
}

function affectedClubs(change: FixtureChange, subs: ClubSubscription[]): ClubSubscription[] {
  return subs.filter((s) => s.club === change.home || s.club === change.away || s.club === 'county-board');
}

export function publishFixtures(change: FixtureChange, subs: ClubSubscription[]): PublishSummary {
  const targets = affectedClubs(change, subs);
  const body = JSON.stringify({
    type: 'fixture.changed',
    fixture: change.fixtureId,
    competition: change.competition,
    match: `${change.home} v ${change.away}`,
    throwIn: change.newThrowIn,
    venue: change.newVenue,
    reason: change.reason,
  });

  targets.forEach(async (sub) => {
    const signature = await sign(sub.secret, body);
    const res = await fetch(sub.webhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-fixture-signature': signature },
      body,
    });
    if (!res.ok) {
      throw new Error(`webhook for ${sub.club} returned ${res.status}`);
    }
  });

  return {
    fixtureId: change.fixtureId,
    notified: targets.map((t) => t.club),
    at: new Date().toISOString(),
  };
}

export function describeChange(change: FixtureChange): string {
  const why = {
    weather: 'due to weather',
    pitch: 'as the pitch is unplayable',
    clash: 'to avoid a fixture clash',
    television: 'for live television coverage',
  }[change.reason];
  return `${change.home} v ${change.away} now throws in at ${change.newThrowIn} in ${change.newVenue}, ${why}.`;
}
