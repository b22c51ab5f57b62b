// expect: no-reused-settled-promise
// On failure the .catch re-attaches to the same rejected submission promise, so each "retry" just re-reads the old rejection and nothing is re-sent to the federation.
import { setTimeout as sleep } from 'node:timers/promises';

export interface GameResult {
  round: number;
  board: number;
  whiteFideId: number;
  blackFideId: number;
  result: '1-0' | '0-1' | '1/2-1/2' | '+/-' | '-/+';
}

export interface RatingReport {
  tournamentId: string;
  arbiterFideId: number;
  timeControl: 'standard' | 'rapid' | 'blitz';
  games: GameResult[];
}

declare const federationApi: {
  submitReport(report: RatingReport): Promise<{ reportId: string; warnings: string[] }>;
};

const MAX_ATTEMPTS = 3;

function submitWithRetry(
  submission: Promise<{ reportId: string; warnings: string[] }>,
  attempt = 1,
): Promise<{ reportId: string; warnings: string[] }> {
  return submission.catch(async (err: unknown) => {
    if (attempt >= MAX_ATTEMPTS) throw err;
    console.warn(`rating report attempt ${attempt} failed, retrying`, err);
    await sleep(5000 * attempt);
    return submitWithRetry(submission, attempt + 1);
  });
}

function validateReport(report: RatingReport): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const g of report.games) {
    const key = `${g.round}:${g.board}`;
    if (seen.has(key)) problems.push(`round ${g.round} board ${g.board} reported twice`);
    seen.add(key);
    if (g.whiteFideId === g.blackFideId) problems.push(`round ${g.round} board ${g.board}: player paired with self`);
  }
  return problems;
}

export async function sendRatingReport(report: RatingReport): Promise<string> {
  const problems = validateReport(report);
  if (problems.length > 0) {
    throw new Error(`report for ${report.tournamentId} is invalid:\n- ${problems.join('\n- ')}`);
  }

  // Forfeits are not rated; the federation rejects reports that include them.
  const rated = { ...report, games: report.games.filter((g) => g.result !== '+/-' && g.result !== '-/+') };

  const { reportId, warnings } = await submitWithRetry(federationApi.submitReport(rated));
  for (const w of warnings) {
    console.warn(`federation warning for ${report.tournamentId}: ${w}`);
  }
  return reportId;
}
