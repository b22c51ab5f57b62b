// expect: no-read-before-settle
// `casting` is assigned inside .then() but read synchronously on the next lines, so every programme prints 'To be announced'.
export interface Production {
  id: string;
  title: string;
  composer: string;
  choreographer: string;
  acts: number;
}

export interface Casting {
  productionId: string;
  performance: string;
  principals: Array<{ role: string; dancer: string }>;
  conductor: string;
}

declare const castingApi: { forPerformance(productionId: string, performance: string): Promise<Casting> };
declare const printer: { queue(name: string, html: string): Promise<{ jobId: string }> };

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function buildProgramme(production: Production, performance: string): string {
  let casting: Casting | undefined;
  castingApi
    .forPerformance(production.id, performance)
    .then((c) => {
      casting = c;
    })
    .catch((err: Error) => console.warn(`casting for ${production.id} ${performance}: ${err.message}`));

  const principals =
    casting?.principals.map((p) => `<li>${escapeHtml(p.role)}: ${escapeHtml(p.dancer)}</li>`).join('') ??
    '<li>To be announced</li>';
  const conductor = casting?.conductor ?? 'To be announced';

  return `
    <article class="programme">
      <h1>${escapeHtml(production.title)}</h1>
      <p class="credits">Music: ${escapeHtml(production.composer)} &middot;
        Choreography: ${escapeHtml(production.choreographer)}</p>
      <p class="date">${escapeHtml(performance)} &middot; ${production.acts} acts</p>
      <h2>Principal casting</h2>
      <ul>${principals}</ul>
      <p>Conductor: ${escapeHtml(conductor)}</p>
    </article>`;
}

export async function printRun(production: Production, performances: string[]): Promise<string[]> {
  const jobs: string[] = [];
  for (const performance of performances) {
    const html = buildProgramme(production, performance);
    const { jobId } = await printer.queue(`${production.id}-${performance}`, html);
    jobs.push(jobId);
  }
  return jobs;
}

export function runningTime(acts: number, actMinutes = 40, intervalMinutes = 20): string {
  const total = acts * actMinutes + Math.max(0, acts - 1) * intervalMinutes;
  return `${Math.floor(total / 60)}h ${String(total % 60).padStart(2, '0')}m`;
}
