// expect: require-signal-propagation
// The handler passes req.signal to the medical-waiver lookup but not to the slow insurance-quote fetch, which keeps running after the runner's browser disconnects.
export interface RegistrationInput {
  name: string;
  email: string;
  dateOfBirth: string;
  heat: 'men' | 'women' | 'uphill' | 'junior';
}

interface WaiverStatus {
  signed: boolean;
  expires: string | null;
}

interface InsuranceQuote {
  premiumPence: number;
  provider: string;
}

const WAIVER_API = 'https://waivers.cheese-roll.example/api';
const INSURER_API = 'https://quotes.event-cover.example/v2';

function ageOn(dateOfBirth: string, eventDate: Date): number {
  const dob = new Date(dateOfBirth);
  let age = eventDate.getFullYear() - dob.getFullYear();
  const birthdayPassed =
    eventDate.getMonth() > dob.getMonth() ||
    (eventDate.getMonth() === dob.getMonth() && eventDate.getDate() >= dob.getDate());
  if (!birthdayPassed) age--;
  return age;
}

/** Route handler: POST /api/register (Web-standard Request/Response). */
export async function POST(req: Request): Promise<Response> {
  const input = (await req.json()) as RegistrationInput;
  const eventDate = new Date('2025-05-26');
  const age = ageOn(input.dateOfBirth, eventDate);

  if (input.heat !== 'junior' && age < 18) {
    return Response.json({ error: 'Downhill heats are 18+' }, { status: 422 });
  }

  const waiverRes = await fetch(`${WAIVER_API}/waivers?email=${encodeURIComponent(input.email)}`, {
    signal: req.signal,
  });
  const waiver = (await waiverRes.json()) as WaiverStatus;
  if (!waiver.signed || (waiver.expires && new Date(waiver.expires) < eventDate)) {
    return Response.json({ error: 'Please sign the medical waiver first', waiverUrl: `${WAIVER_API}/sign` }, { status: 409 });
  }

  const quoteRes = await fetch(`${INSURER_API}/quotes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ activity: 'cheese-rolling', age, heat: input.heat }),
  });
  if (!quoteRes.ok) {
    return Response.json({ error: 'Insurance quote unavailable, try again shortly' }, { status: 503 });
  }
  const quote = (await quoteRes.json()) as InsuranceQuote;

  return Response.json({
    runner: input.name,
    heat: input.heat,
    insurance: { provider: quote.provider, premium: (quote.premiumPence / 100).toFixed(2) },
    next: '/register/pay',
  });
}
