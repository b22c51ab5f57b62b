// expect: none
// surveyGnomon and withRetry take functions and invoke them for every sample and attempt; the tests hand over mock functions, never started promises.
import { describe, it } from 'node:test';
import { mock } from 'node:test';
import assert from 'node:assert/strict';

export interface GnomonSurvey {
  dialId: string;
  meanAngleDeg: number;
  spreadDeg: number;
  samples: number;
}

export async function withRetry<T>(fn: () => Promise<T>, attempts: number): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await fn();
    } catch (err) {
      lastError = err;
    }
  }
  throw lastError;
}

export async function surveyGnomon(
  dialId: string,
  readAngle: () => Promise<number>,
  samples: number,
  attemptsPerSample = 3,
): Promise<GnomonSurvey> {
  const angles: number[] = [];
  for (let i = 0; i < samples; i++) {
    angles.push(await withRetry(readAngle, attemptsPerSample));
  }
  const mean = angles.reduce((a, b) => a + b, 0) / angles.length;
  const spread = Math.max(...angles) - Math.min(...angles);
  return { dialId, meanAngleDeg: mean, spreadDeg: spread, samples: angles.length };
}

describe('surveyGnomon', () => {
  it('takes a fresh inclinometer reading for every sample', async () => {
    let n = 0;
    const readings = [51.4, 51.6, 51.5, 51.5];
    const readAngle = mock.fn(async () => readings[n++]);

    const survey = await surveyGnomon('dial-chichester', readAngle, 4);

    assert.equal(readAngle.mock.callCount(), 4);
    assert.equal(survey.samples, 4);
    assert.ok(Math.abs(survey.meanAngleDeg - 51.5) < 1e-9);
    assert.ok(Math.abs(survey.spreadDeg - 0.2) < 1e-9);
  });

  it('retries a flaky reading with a new call each time', async () => {
    let calls = 0;
    const readAngle = mock.fn(async () => {
      calls++;
      if (calls % 2 === 1) throw new Error('inclinometer settling');
      return 40.1;
    });

    const survey = await surveyGnomon('dial-york-minster', readAngle, 2);

    assert.equal(readAngle.mock.callCount(), 4);
    assert.equal(survey.meanAngleDeg, 40.1);
  });

  it('surfaces the last error once attempts run out', async () => {
    const readAngle = mock.fn(async (): Promise<number> => {
      throw new Error('gnomon missing');
    });

    await assert.rejects(surveyGnomon('dial-lost', readAngle, 1, 3), /gnomon missing/);
    assert.equal(readAngle.mock.callCount(), 3);
  });
});
