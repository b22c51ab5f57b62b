// expect: none
// The async map callbacks are collected with Promise.all and awaited, so any failed render rejects finalize().
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = promisify(execFile);

export interface Animal {
  id: string;
  name: string;
  species: 'dog' | 'cat' | 'rabbit' | 'other';
  microchip?: string;
  vaccinations: string[];
}

export interface Adoption {
  caseNumber: string;
  adopterName: string;
  animals: Animal[];
  feeCents: number;
}

declare const storage: {
  upload(key: string, file: string): Promise<string>;
};

function renderContract(adoption: Adoption, animal: Animal): string {
  const fee = (adoption.feeCents / 100 / adoption.animals.length).toFixed(2);
  return [
    `# Adoption agreement ${adoption.caseNumber}`,
    `Adopter: ${adoption.adopterName}`,
    `Animal: ${animal.name} (${animal.species})`,
    `Microchip: ${animal.microchip ?? 'to be implanted at first vet visit'}`,
    `Vaccinations: ${animal.vaccinations.join(', ') || 'none recorded'}`,
    `Fee share: $${fee}`,
  ].join('\n');
}

export async function finalize(adoption: Adoption): Promise<string[]> {
  const workDir = await mkdtemp(join(tmpdir(), `adopt-${adoption.caseNumber}-`));
  try {
    const urls = await Promise.all(
      adoption.animals.map(async (animal) => {
        const source = join(workDir, `${animal.id}.md`);
        const pdf = join(workDir, `${animal.id}.pdf`);
        await writeFile(source, renderContract(adoption, animal), 'utf8');
        await run('pandoc', [source, '-o', pdf], { timeout: 30_000 });
        return storage.upload(`contracts/${adoption.caseNumber}/${animal.id}.pdf`, pdf);
      }),
    );
    return urls;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}
