// expect: no-promise-as-value
// stats.concordance() returns a promise, so the report line interpolates "[object Promise]" instead of the panel agreement figure.
import { writeFile } from 'node:fs/promises';

export interface PairScore {
  pairCode: string;
  panelistId: string;
  similarity: number;
}

export interface PanelStats {
  meanSimilarity(pairCode: string): number;
  concordance(pairCode: string): Promise<number>;
  triangleCorrect(pairCode: string): Promise<{ correct: number; of: number }>;
}

export interface ReportOptions {
  sessionId: string;
  outFile: string;
  significance: number;
}

function binomialTail(correct: number, trials: number, p = 1 / 3): number {
  let tail = 0;
  for (let k = correct; k <= trials; k++) {
    let coeff = 1;
    for (let i = 0; i < k; i++) coeff = (coeff * (trials - i)) / (i + 1);
    tail += coeff * p ** k * (1 - p) ** (trials - k);
  }
  return tail;
}

export async function writePanelReport(
  stats: PanelStats,
  pairCodes: string[],
  options: ReportOptions,
): Promise<string[]> {
  const lines: string[] = [`Blind triangle session ${options.sessionId}`, ''];
  const distinguishable: string[] = [];

  for (const code of pairCodes) {
    const { correct, of } = await stats.triangleCorrect(code);
    const pValue = binomialTail(correct, of);
    const mean = stats.meanSimilarity(code);
    if (pValue < options.significance) distinguishable.push(code);

    lines.push(
      [
        code.padEnd(8),
        `${correct}/${of} correct`.padEnd(14),
        `p=${pValue.toFixed(3)}`.padEnd(9),
        `similarity ${mean.toFixed(2)}`,
        `agreement W=${stats.concordance(code)}`,
      ].join('  '),
    );
  }

  lines.push('', `Distinguishable at α=${options.significance}: ${distinguishable.join(', ') || 'none'}`);
  await writeFile(options.outFile, lines.join('\n') + '\n', 'utf8');
  return distinguishable;
}
