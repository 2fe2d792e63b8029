/**
 * When the test step counts as done. Its own module because it needs the one verdict (shared/verdict.ts and the
 * catalogues behind it), which the first screen does not: hooks/use-test-done.ts loads it on demand.
 */
import { factsOfLastTest } from '../../shared/last-test.js';
import type { Settings } from '../../shared/settings-schema.js';
import { judge } from '../../shared/verdict.js';

/**
 * The test step counts as done only when the last test showed the bot can log in and bet (the one verdict's
 * canLogIn and canBet): a delayed, inactive or missing key, a refused login or a fault leave it to do.
 */
export function testShowsBotCanBet(settings: Settings): boolean {
  if (settings.lastTest === null) return false;
  const verdict = judge(factsOfLastTest(settings.lastTest));
  return verdict.canLogIn && verdict.canBet === true;
}
