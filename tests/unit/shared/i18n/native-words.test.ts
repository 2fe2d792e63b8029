/**
 * Words a native speaker changed (issue 19), kept changed: each corrected phrase is where it belongs, and the
 * phrase it replaced is nowhere in that language. And one rule for Betfair's section names in every language:
 * the English name, exactly as Betfair shows it, wherever the user is sent to find it, with (outside English)
 * our description in brackets right after it.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../../../shared/i18n/en/index.js';
import { es } from '../../../../shared/i18n/es/index.js';
import { it as italian } from '../../../../shared/i18n/it/index.js';
import { ro } from '../../../../shared/i18n/ro/index.js';
import { sv } from '../../../../shared/i18n/sv/index.js';
import type { Messages } from '../../../../shared/i18n/messages.js';
import type { StatusTextContext } from '../../../../shared/i18n/text-types.js';
import { leaves, said } from './leaves.js';

const INTERNATIONAL: StatusTextContext = { jurisdiction: 'international', site: 'betfair.com' };

/** Every string a bundle can show, functions called with marker arguments (tests/unit/shared/i18n/leaves.ts). */
function allWords(messages: Messages): string {
  return [...leaves(messages).values()].map((leaf) => said(leaf)).join('\n');
}

const statusWords = (m: Messages): string => {
  const w = m.LOGIN_STATUS_TEXT.CERT_AUTH_REQUIRED.whatToDo;
  return typeof w === 'string' ? w : w(INTERNATIONAL);
};

describe('Spanish', () => {
  const all = allWords(es);
  it('the delayed key "consulta las cuotas", never "lee precios"', () => {
    expect(es.KEY_KINDS_TEXT.delayed).toContain('consultar las cuotas');
    expect(es.APP_KEY_CHECK_TEXT.validDelayed.explanation).toContain('consultar las cuotas');
    expect(all).not.toMatch(/leer (los )?precios/);
  });
  it('labels: "Huella digital (SHA-256)", "Nombre de la aplicación", "Ejemplos de código para tu bot"', () => {
    expect(es.ui.certificate.fingerprint).toBe('Huella digital (SHA-256)');
    expect(es.CLI_TEXT.generate.fingerprint('AA:BB')).toBe('Huella digital SHA-256: AA:BB');
    expect(es.ui.appKeys.appName).toBe('Nombre de la aplicación');
    expect(es.ui.dashboard.snippetsHeading).toBe('Ejemplos de código para tu bot');
    expect(all).not.toMatch(/Huella \(|desde tu bot/);
  });
  it('bot-login inspect says "Utilizable: sí/no"', () => {
    expect(es.CLI_TEXT.inspect.notUsable).toBe('Utilizable: no.');
    expect(es.CLI_TEXT.inspect.usable.startsWith('Utilizable: sí.')).toBe(true);
    expect(all).not.toContain('Se puede usar:');
  });
});

describe('Swedish', () => {
  const all = allWords(sv);
  it('"Går ut den 4 december 2027" (a date takes "den")', () => {
    expect(sv.ui.expiry.expiresOn('4 december 2027', 365).startsWith('Går ut den 4 december 2027 ')).toBe(true);
    expect(sv.appText.reminder.description('4 december 2027', null, '/x')).toContain('går ut den 4 december 2027');
  });
  it('"Avancerade inställningar", and "så nekas dina spel"', () => {
    expect(sv.ui.certificate.advanced).toBe('Avancerade inställningar');
    expect(sv.APP_KEY_CHECK_TEXT.validLiveInactive.explanation).toContain('så nekas dina spel');
    expect(all).not.toMatch(/Avancerade val|anrop för att spela/);
  });
});

describe('Romanian', () => {
  it('"pariurile vor fi refuzate", never "apelurile pentru pariuri"', () => {
    expect(ro.APP_KEY_CHECK_TEXT.validLiveInactive.explanation).toContain('pariurile vor fi refuzate');
    expect(allWords(ro)).not.toMatch(/apelurile (pentru|de) pari/);
  });
});

describe.each([
  ['en', en, '"', '"'],
  ['it', italian, '"', '"'],
  ['es', es, '«', '»'],
  ['ro', ro, '„', '”'],
  ['sv', sv, '"', '"'],
] as const)('Betfair\u2019s section name in %s', (language, messages, open, close) => {
  const quoted = `${open}Automated Betting Program Access${close}`;
  const places = {
    'step 3 (upload)': messages.ui.upload.steps('client-2048.crt', true).join('\n'),
    CERT_AUTH_REQUIRED: statusWords(messages),
    'the CLI, CERT_AUTH_REQUIRED': (() => {
      const w = messages.CLI_TEXT.status.CERT_AUTH_REQUIRED;
      return typeof w === 'string' ? w : w(INTERNATIONAL);
    })(),
  };
  it.each(Object.entries(places))('%s: quoted in English as on Betfair\u2019s page', (_, words) => {
    expect(words).toContain(quoted);
    // Outside English, our description follows in brackets.
    if (language !== 'en') expect(words).toMatch(new RegExp(`${quoted} \\([^)]+\\)`));
  });
});

describe('Italian', () => {
  it('an unknown language "non è disponibile"', () => {
    expect(italian.CLI_TEXT.args.unknownLanguage('fr', ['en', 'it'])).toContain('"fr" non è disponibile');
  });
});
