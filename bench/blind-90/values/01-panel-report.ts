// expect: none
// Correct: every async lookup used in the template strings and the JSON body is awaited inline or resolved through Promise.all before it is interpolated.
import { writeFile } from 'node:fs/promises';

export interface Panel {
  id: string;
  site: string;
  period: 'Roman' | 'Byzantine' | 'Umayyad';
  areaM2: number;
}

declare const survey: {
  panel(id: string): Promise<Panel>;
  lossPercent(panelId: string): Promise<number>;
  tesseraeCount(panelId: string): Promise<number>;
  conservators(panelId: string): Promise<string[]>;
};

declare const archive: {
  submit(body: string): Promise<{ ref: string }>;
};

export async function conditionSummary(panelId: string): Promise<string> {
  const panel = await survey.panel(panelId);
  const [loss, count, people] = await Promise.all([
    survey.lossPercent(panelId),
    survey.tesseraeCount(panelId),
    survey.conservators(panelId),
  ]);
  const density = count / panel.areaM2;

  return [
    `Panel ${panel.id} (${panel.period}, ${panel.site})`,
    `Surface area: ${panel.areaM2.toFixed(2)} m²`,
    `Tesserae recorded: ${count.toLocaleString()} (${density.toFixed(0)} per m²)`,
    `Loss: ${loss.toFixed(1)}%${loss > 25 ? ' — consolidation required before lifting' : ''}`,
    `Conservators: ${people.join(', ') || 'unassigned'}`,
  ].join('\n');
}

export async function submitToArchive(panelIds: string[]): Promise<string[]> {
  const refs: string[] = [];
  for (const id of panelIds) {
    const body = JSON.stringify({
      panelId: id,
      summary: await conditionSummary(id),
      lossPercent: await survey.lossPercent(id),
      generatedAt: new Date().toISOString(),
    });
    const { ref } = await archive.submit(body);
    refs.push(ref);
  }
  return refs;
}

export async function writeSiteReport(site: string, panelIds: string[], outFile: string): Promise<void> {
  const sections = await Promise.all(panelIds.map((id) => conditionSummary(id)));
  const header = `Condition report — ${site} — ${new Date().toDateString()}`;
  await writeFile(outFile, `${header}\n${'='.repeat(header.length)}\n\n${sections.join('\n\n')}\n`);
  console.log(`wrote ${sections.length} panel sections, ${await countUrgent(panelIds)} urgent, to ${outFile}`);
}

async function countUrgent(panelIds: string[]): Promise<number> {
  const losses = await Promise.all(panelIds.map((id) => survey.lossPercent(id)));
  return losses.filter((l) => l > 25).length;
}
