// expect: no-leaked-race
// withTimeout races the work against a timers/promises sleep that is never cancelled, so every passing test leaves a 2 s timer running.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter, once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

interface MotorSample {
  rpm: number;
  busVoltage: number;
  phaseCurrentA: number;
  heatsinkC: number;
}

class MotorControllerDecoder extends EventEmitter {
  private partial = '';

  push(chunk: string): void {
    this.partial += chunk;
    let newline: number;
    while ((newline = this.partial.indexOf('\n')) !== -1) {
      const line = this.partial.slice(0, newline).trim();
      this.partial = this.partial.slice(newline + 1);
      if (line) this.decodeLine(line);
    }
  }

  private decodeLine(line: string): void {
    const [id, ...fields] = line.split(',');
    if (id === '0x402') {
      const [rpm, busVoltage, phaseCurrentA, heatsinkC] = fields.map(Number);
      if ([rpm, busVoltage, phaseCurrentA, heatsinkC].some(Number.isNaN)) {
        this.emit('fault', new Error(`malformed motor frame: ${line}`));
        return;
      }
      const sample: MotorSample = { rpm, busVoltage, phaseCurrentA, heatsinkC };
      this.emit('sample', sample);
    } else if (id === '0x7FF') {
      this.emit('fault', new Error(`controller fault code ${fields[0]}`));
    }
  }
}

function withTimeout<T>(work: Promise<T>, ms: number, label: string): Promise<T> {
  return Promise.race([
    work,
    sleep(ms).then((): never => {
      throw new Error(`${label} not seen within ${ms}ms`);
    }),
  ]);
}

describe('motor controller CAN decoder', () => {
  let decoder: MotorControllerDecoder;

  beforeEach(() => {
    decoder = new MotorControllerDecoder();
  });

  it('emits a sample for a complete 0x402 frame', async () => {
    const next = withTimeout(once(decoder, 'sample'), 2_000, 'motor sample');
    decoder.push('0x402,812,101.6,23.4,41.0\n');
    const [sample] = (await next) as [MotorSample];
    assert.deepEqual(sample, { rpm: 812, busVoltage: 101.6, phaseCurrentA: 23.4, heatsinkC: 41 });
  });

  it('reassembles a frame split across chunks', async () => {
    const next = withTimeout(once(decoder, 'sample'), 2_000, 'motor sample');
    decoder.push('0x402,790,10');
    decoder.push('0.9,22.1,40.5\n');
    const [sample] = (await next) as [MotorSample];
    assert.equal(sample.busVoltage, 100.9);
  });

  it('reports controller faults', async () => {
    const next = withTimeout(once(decoder, 'fault'), 2_000, 'controller fault');
    decoder.push('0x7FF,E13\n');
    const [err] = (await next) as [Error];
    assert.match(err.message, /E13/);
  });

  it('flags malformed frames instead of emitting NaN samples', async () => {
    const next = withTimeout(once(decoder, 'fault'), 2_000, 'malformed-frame fault');
    decoder.push('0x402,812,n/a,23.4,41.0\n');
    const [err] = (await next) as [Error];
    assert.match(err.message, /malformed/);
  });
});
