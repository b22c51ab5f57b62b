// expect: none
// The Promise.allSettled results are split by status: fulfilled renewals are recorded and every rejected one is reported back with its reason, so no failed renewal goes unnoticed.
export interface Permit {
  number: string;
  holder: string;
  email: string;
  zone: string;
  expires: string;
}

export interface PermitOffice {
  renew(permitNo: string, until: string): Promise<{ permitNo: string; expires: string }>;
}

export interface Mailer {
  send(to: string, subject: string, body: string): Promise<void>;
}

export interface RenewalOutcome {
  renewed: string[];
  failed: Array<{ permitNo: string; reason: string }>;
}

function nextSeasonEnd(today: Date): string {
  const year = today.getUTCMonth() >= 10 ? today.getUTCFullYear() + 1 : today.getUTCFullYear();
  return `${year}-11-30`;
}

function reasonOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export async function renewExpiring(
  office: PermitOffice,
  mailer: Mailer,
  permits: Permit[],
  today = new Date(),
): Promise<RenewalOutcome> {
  const until = nextSeasonEnd(today);
  const due = permits.filter((p) => Date.parse(p.expires) - today.getTime() < 30 * 86_400_000);

  const results = await Promise.allSettled(due.map((p) => office.renew(p.number, until)));

  const outcome: RenewalOutcome = { renewed: [], failed: [] };
  results.forEach((result, i) => {
    if (result.status === 'fulfilled') {
      outcome.renewed.push(result.value.permitNo);
    } else {
      outcome.failed.push({ permitNo: due[i].number, reason: reasonOf(result.reason) });
    }
  });

  const notices = due
    .filter((p) => outcome.renewed.includes(p.number))
    .map((p) => mailer.send(p.email, 'Foraging permit renewed', `Permit ${p.number} for zone ${p.zone} now runs until ${until}.`));
  await Promise.all(notices);

  return outcome;
}

export function summarise(outcome: RenewalOutcome): string {
  const lines = [`${outcome.renewed.length} permits renewed`];
  for (const failure of outcome.failed) {
    lines.push(`  ! ${failure.permitNo}: ${failure.reason}`);
  }
  return lines.join('\n');
}
