/**
 * Every part of the words in `text` from the start, for programs that run in Node (the main process, the CLI, the
 * launcher, the test harness, the tests): import this module first in each such entry point. The window never imports
 * it: its first chunk carries only the window part, and it asks for the results part with the screens that need it.
 */
import * as nodeTables from './en/node.js';
import * as resultsTables from './en/results.js';
import { addEnglishParts } from './text.js';

addEnglishParts({ results: resultsTables, node: nodeTables });
