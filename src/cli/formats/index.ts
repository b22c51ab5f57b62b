import type { Format } from '../args.js';
import { github } from './github.js';
import { json } from './json.js';
import type { Formatter } from './report.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

/** The formatter behind each `--format` name. */
export const formatters: Record<Format, Formatter> = { stylish, json, sarif, github };
export type { Report } from './report.js';
