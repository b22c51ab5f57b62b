// expect: none
// Every assertion receives an awaited value, and assert.rejects is handed a promise deliberately, which is exactly the argument it expects.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

interface ArcLine {
  element: 'Ne' | 'Ar' | 'Hg' | 'ThAr';
  wavelengthA: number;
}

interface PixelPeak {
  pixel: number;
  flux: number;
}

interface DispersionSolution {
  zeroPointA: number;
  dispersionAPerPixel: number;
  rmsA: number;
  matched: number;
}

async function calibrateWavelengths(lines: readonly ArcLine[], peaks: readonly PixelPeak[]): Promise<DispersionSolution> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  const strong = [...peaks].filter((p) => p.flux > 500).sort((a, b) => a.pixel - b.pixel);
  const reference = [...lines].sort((a, b) => a.wavelengthA - b.wavelengthA);
  const n = Math.min(strong.length, reference.length);
  if (n < 3) {
    throw new Error(`need at least 3 matched arc lines, got ${n}`);
  }

  let sx = 0, sy = 0, sxx = 0, sxy = 0;
  for (let i = 0; i < n; i++) {
    const x = strong[i]!.pixel;
    const y = reference[i]!.wavelengthA;
    sx += x; sy += y; sxx += x * x; sxy += x * y;
  }
  const slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
  const intercept = (sy - slope * sx) / n;

  let sq = 0;
  for (let i = 0; i < n; i++) {
    const residual = reference[i]!.wavelengthA - (intercept + slope * strong[i]!.pixel);
    sq += residual * residual;
  }
  return { zeroPointA: intercept, dispersionAPerPixel: slope, rmsA: Math.sqrt(sq / n), matched: n };
}

const neon: ArcLine[] = [
  { element: 'Ne', wavelengthA: 5852.49 },
  { element: 'Ne', wavelengthA: 6143.06 },
  { element: 'Ne', wavelengthA: 6402.25 },
  { element: 'Ne', wavelengthA: 6717.04 },
];

function peaksFor(lines: ArcLine[], zero: number, disp: number): PixelPeak[] {
  return lines.map((l) => ({ pixel: (l.wavelengthA - zero) / disp, flux: 2_000 }));
}

describe('observatory spectrograph wavelength calibration', () => {
  it('recovers a linear dispersion solution', async () => {
    const solution = await calibrateWavelengths(neon, peaksFor(neon, 5000, 1.25));
    assert.ok(solution.rmsA < 1e-6);
    assert.equal(solution.dispersionAPerPixel.toFixed(3), '1.250');
    assert.equal(Math.round(solution.zeroPointA), 5000);
  });

  it('ignores faint peaks when matching', async () => {
    const peaks = [...peaksFor(neon, 5000, 1.25), { pixel: 10, flux: 40 }];
    assert.equal((await calibrateWavelengths(neon, peaks)).matched, 4);
  });

  it('refuses to fit with too few lines', async () => {
    await assert.rejects(calibrateWavelengths(neon.slice(0, 2), peaksFor(neon, 5000, 1.25)), /at least 3/);
  });

  it('rejects when every peak is too faint', async () => {
    const faint = peaksFor(neon, 5000, 1.25).map((p) => ({ ...p, flux: 100 }));
    await assert.rejects(calibrateWavelengths(neon, faint), { message: /got 0/ });
  });
});
