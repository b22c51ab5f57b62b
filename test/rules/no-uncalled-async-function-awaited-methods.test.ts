import rule from '../../rules/no-uncalled-async-function.js';
import { typedRuleTester } from '../rule-tester.js';

// A method the class waits for where it calls it (`await this.reload()`), named uncalled in a
// `.then` callback whose chain nothing typed asks to be a function (`.then(() => this.reload)` in a
// method with no declared return type): the call was lost. A chain declared to hand back a function
// keeps it.
typedRuleTester().run('no-uncalled-async-function', rule, {
  valid: [
    // The chain is declared to resolve to a handler: a function on purpose.
    `declare const api: { save(x: string): Promise<void> };
type Handler = () => Promise<void>;
export class Editor {
  async reload(): Promise<void> {}
  // Hands the reload step to whoever runs the pipeline: a function on purpose.
  nextStep(x: string): Promise<Handler> {
    return api.save(x).then(() => this.reload);
  }
  async open(): Promise<void> {
    await this.reload();
  }
}`,
  ],
  invalid: [
    // The save chain resolves to the reload method instead of waiting for it.
    {
      code: `declare const api: { save(x: string): Promise<{ id: string }>; list(): Promise<string[]> };
export class Editor {
  saving = false;
  items: string[] = [];
  async reload(): Promise<void> {
    this.items = await api.list();
  }
  async open(): Promise<void> {
    await this.reload();
  }
  save(x: string) {
    this.saving = true;
    return api
      .save(x)
      .then(() => this.reload)
      .finally(() => {
        this.saving = false;
      });
  }
}`,
      errors: [{ messageId: 'uncalledReturned', line: 15, column: 19, endLine: 15, endColumn: 30 }],
      output: `declare const api: { save(x: string): Promise<{ id: string }>; list(): Promise<string[]> };
export class Editor {
  saving = false;
  items: string[] = [];
  async reload(): Promise<void> {
    this.items = await api.list();
  }
  async open(): Promise<void> {
    await this.reload();
  }
  save(x: string) {
    this.saving = true;
    return api
      .save(x)
      .then(() => this.reload())
      .finally(() => {
        this.saving = false;
      });
  }
}`,
    },
  ],
});
