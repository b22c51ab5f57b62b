// expect: no-multiple-settle
// The solver promise settles only from 'exit'; if the binary cannot be spawned the child emits 'error' and never 'exit', so it never settles.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface DuneTransectPoint {
  station: string;
  easting: number;
  northing: number;
  elevation: number;
  observedAt: Date;
}

export interface ProfileSolution {
  transectId: string;
  crestHeight: number;
  slipFaceAngle: number;
  migrationMetersPerYear: number;
  residualRms: number;
}

declare const surveyConfig: {
  solverBinary: string;
  geoidModel: string;
  maxResidualMeters: number;
};

function toSolverInput(transectId: string, points: DuneTransectPoint[]): string {
  const header = `# transect ${transectId}\n# geoid ${surveyConfig.geoidModel}\n`;
  const rows = points
    .slice()
    .sort((a, b) => a.observedAt.getTime() - b.observedAt.getTime())
    .map((p) => [p.station, p.easting.toFixed(3), p.northing.toFixed(3), p.elevation.toFixed(3)].join(','));
  return header + rows.join('\n') + '\n';
}

function parseSolverOutput(transectId: string, raw: string): ProfileSolution {
  const fields = new Map<string, number>();
  for (const line of raw.split('\n')) {
    const match = /^([a-z_]+)\s*=\s*(-?\d+(?:\.\d+)?)$/.exec(line.trim());
    if (match) fields.set(match[1], Number(match[2]));
  }
  const need = (key: string): number => {
    const value = fields.get(key);
    if (value === undefined) throw new Error(`solver output for ${transectId} is missing ${key}`);
    return value;
  };
  return {
    transectId,
    crestHeight: need('crest_height'),
    slipFaceAngle: need('slip_face_deg'),
    migrationMetersPerYear: need('migration_m_yr'),
    residualRms: need('residual_rms'),
  };
}

function runSolver(inputPath: string, transectId: string): Promise<ProfileSolution> {
  return new Promise((resolve, reject) => {
    const child = spawn(surveyConfig.solverBinary, ['--input', inputPath, '--format', 'kv'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('exit', (code, signal) => {
      if (code !== 0) {
        reject(new Error(`profile solver exited with ${code ?? signal}: ${stderr.trim()}`));
        return;
      }
      try {
        resolve(parseSolverOutput(transectId, stdout));
      } catch (err) {
        reject(err);
      }
    });
  });
}

export async function solveTransect(transectId: string, points: DuneTransectPoint[]): Promise<ProfileSolution> {
  if (points.length < 3) {
    throw new RangeError(`transect ${transectId} needs at least three stations, got ${points.length}`);
  }
  const workDir = await mkdtemp(join(tmpdir(), 'dune-'));
  const inputPath = join(workDir, `${transectId}.csv`);
  try {
    await writeFile(inputPath, toSolverInput(transectId, points), 'utf8');
    const solution = await runSolver(inputPath, transectId);
    if (solution.residualRms > surveyConfig.maxResidualMeters) {
      throw new Error(
        `transect ${transectId} residual ${solution.residualRms.toFixed(3)} m exceeds ${surveyConfig.maxResidualMeters} m`,
      );
    }
    return solution;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

export async function solveCampaign(
  transects: ReadonlyMap<string, DuneTransectPoint[]>,
): Promise<ProfileSolution[]> {
  const solutions: ProfileSolution[] = [];
  for (const [id, points] of transects) {
    solutions.push(await solveTransect(id, points));
  }
  return solutions.sort((a, b) => b.migrationMetersPerYear - a.migrationMetersPerYear);
}
