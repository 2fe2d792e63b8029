/**
 * The names a person (and the e2e tests) find things by. Changing one of these is a change users
 * notice, so it should be deliberate.
 */
import { describe, expect, it } from 'vitest';
import { JURISDICTION_IDS } from '../../../shared/jurisdictions.js';
import { JURISDICTION_NAMES } from '../../../shared/i18n/en/jurisdictions.js';
import { ui } from '../../../shared/i18n/en/ui.js';
import { VERDICT_TEXT } from '../../../shared/i18n/en/verdict.js';

describe('wizard wording', () => {
  it('names every place the way people say it', () => {
    expect(JURISDICTION_IDS.map((id) => JURISDICTION_NAMES[id])).toEqual([
      'International (UK and most countries)',
      'Australia / New Zealand',
      'Italy',
      'Spain',
      'Romania',
      'Sweden',
      'Denmark',
    ]);
  });

  it('keeps the step headings and the main buttons', () => {
    expect([
      ui.jurisdiction.heading,
      ui.certificate.heading,
      ui.upload.heading,
      ui.test.heading,
      ui.dashboard.heading,
    ]).toEqual([
      'Which Betfair site do you use?',
      'Your certificate',
      'Upload your certificate',
      'Test my login',
      'Your bot login',
    ]);
    expect([ui.common.next, ui.common.back]).toEqual(['Next', 'Back']);
    expect(ui.certificate.create).toBe('Create certificate');
    expect(ui.certificate.creating).toBe('Creating your certificate…');
    expect(ui.certificate.replaceTitle).toBe('Replace the existing certificate?');
    expect(ui.upload.confirm).toBe('I have uploaded the certificate');
    expect(VERDICT_TEXT.works.title).toContain('Your bot login works');
    expect(ui.test.loggedOut).toMatch(/logged out again/);
  });

  it('says "Your bot login works" only for a valid key, and plainly what is wrong otherwise', () => {
    expect(VERDICT_TEXT.works.title).toBe('Your bot login works');
    expect(VERDICT_TEXT['choose-key'].title).toBe('Your login works \u2013 choose your application key');
    expect(VERDICT_TEXT['create-keys'].title).toBe('Your login works \u2013 create your application keys');
    for (const outcome of ['key-not-yours', 'key-refused'] as const) {
      expect(VERDICT_TEXT[outcome].title).toBe(
        'Your login works, but your bot will be refused until the application key is fixed',
      );
    }
    expect(VERDICT_TEXT['key-not-checked'].title).toBe(
      'Your login works, but the application key could not be checked',
    );
    expect([ui.appKeys.useKey, ui.appKeys.createButton, ui.appKeys.goToDashboard, ui.appKeys.whatIsIt]).toEqual([
      'Use this key',
      'Create my application keys',
      'Go to my dashboard',
      'What is an application key?',
    ]);
    expect(ui.test.appKeyHint).toMatch(/Leave it empty and the wizard finds it for you/);
    expect(ui.test.passwordNeverStored).toMatch(/password is never saved/);
  });

  it('says how long the guard makes you wait, on the button itself', () => {
    expect(ui.test.waitButton('19:58')).toBe('Test my login (wait 19:58)');
  });

  it('explains Denmark and points to the interactive login', () => {
    expect(ui.jurisdiction.denmarkWhy).toMatch(/betfair\.dk/);
    expect(ui.jurisdiction.denmarkInstead).toMatch(/interactive login/);
    expect(ui.jurisdiction.denmarkOtherSite).toMatch(/another Betfair site/);
  });

  it('warns that key files must never be shared or committed', () => {
    expect(ui.dashboard.keyWarning).toMatch(/never share/);
    expect(ui.dashboard.keyWarning).toMatch(/commit/);
    expect(ui.dashboard.copy('Command line (curl)')).toBe('Copy Command line (curl) snippet');
  });
});
