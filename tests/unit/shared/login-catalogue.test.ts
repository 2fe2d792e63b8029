import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JURISDICTION_IDS, externalHosts, securityPageUrl } from '../../../shared/jurisdictions.js';
import { FAULT_CODES, LOGIN_STATUS_CODES, explainFault, explainLoginStatus } from '../../../shared/login-catalogue.js';

const fixture = readFileSync(resolve(import.meta.dirname, '../../fixtures/login-status-codes.txt'), 'utf8')
  .split(/\r?\n/)
  .map((line) => line.trim())
  .filter((line) => line !== '');

const botJurisdictions = JURISDICTION_IDS.filter((id) => id !== 'dk');

describe('login-status catalogue', () => {
  it('lists exactly the 43 documented failure codes, spelled as Betfair spells them', () => {
    expect(fixture).toHaveLength(43);
    expect([...LOGIN_STATUS_CODES].sort()).toEqual([...fixture].sort());
    expect(LOGIN_STATUS_CODES).not.toContain('SUCCESS');
  });

  it('explains every code and SUCCESS with non-empty title, meaning and what to do, in every jurisdiction', () => {
    for (const id of JURISDICTION_IDS) {
      for (const code of [...fixture, 'SUCCESS']) {
        const e = explainLoginStatus(code, id);
        expect(e.code).toBe(code);
        expect(e.unknown).toBeUndefined();
        expect(e.title.trim().length, code).toBeGreaterThan(3);
        expect(e.meaning.trim().length, code).toBeGreaterThan(20);
        expect(e.whatToDo.trim().length, code).toBeGreaterThan(20);
        for (const text of [e.title, e.meaning, e.whatToDo]) expect(text).not.toMatch(/undefined|\{|\}|\[object/);
      }
    }
  });

  it('gives every code its own title', () => {
    const titles = [...fixture, 'SUCCESS'].map((c) => explainLoginStatus(c, 'international').title);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('only links to allowed Betfair hosts over https', () => {
    const hosts = externalHosts();
    for (const id of JURISDICTION_IDS) {
      for (const code of [...fixture, 'SUCCESS', 'SOMETHING_NEW']) {
        const action = explainLoginStatus(code, id).action;
        if (!action) continue;
        const url = new URL(action.url);
        expect(url.protocol).toBe('https:');
        expect(hosts.has(url.host), `${code} ${action.url}`).toBe(true);
        expect(action.label.trim()).not.toBe('');
      }
    }
  });

  it("sends CERT_AUTH_REQUIRED to the user's own security page", () => {
    for (const id of botJurisdictions) {
      const e = explainLoginStatus('CERT_AUTH_REQUIRED', id);
      expect(e.action?.url).toBe(securityPageUrl(id));
      expect(e.whatToDo).toContain(new URL(securityPageUrl(id)).host.replace('myaccount.', ''));
    }
  });

  it('tells which jurisdiction to pick for the domain-only codes', () => {
    expect(explainLoginStatus('AUTHORIZED_ONLY_FOR_DOMAIN_RO', 'international').whatToDo).toMatch(/Choose Romania/);
    expect(explainLoginStatus('AUTHORIZED_ONLY_FOR_DOMAIN_RO', 'ro').whatToDo).toMatch(/International/);
    expect(explainLoginStatus('AUTHORIZED_ONLY_FOR_DOMAIN_SE', 'it').whatToDo).toMatch(/Choose Sweden/);
    expect(explainLoginStatus('AUTHORIZED_ONLY_FOR_DOMAIN_SE', 'se').whatToDo).toMatch(/International/);
    expect(explainLoginStatus('MIGRATION_REQUIRED', 'international').action?.url).toBe('https://www.betfair.bet.br/');
  });

  it('says whether waiting helps for the ban and the regulator outages', () => {
    expect(explainLoginStatus('TEMPORARY_BAN_TOO_MANY_REQUESTS', 'international').whatToDo).toMatch(/20 minutes/);
    expect(explainLoginStatus('INVALID_CONNECTIVITY_TO_REGULATOR_IT', 'it').whatToDo).toMatch(/Wait a few minutes/);
    expect(explainLoginStatus('ACCOUNT_NOW_LOCKED', 'international').whatToDo).toMatch(/Waiting will not/);
  });

  it('gives an unknown future code a generic entry that shows the code', () => {
    const e = explainLoginStatus('BRAND_NEW_CODE', 'au');
    expect(e.unknown).toBe(true);
    expect(e.code).toBe('BRAND_NEW_CODE');
    expect(e.meaning).toContain('BRAND_NEW_CODE');
    expect(e.whatToDo).toContain('betfair.com.au');
  });
});

describe('fault catalogue', () => {
  it('explains every fault in plain words', () => {
    for (const code of FAULT_CODES) {
      const e = explainFault(code);
      expect(e.title.trim(), code).not.toBe('');
      expect(e.meaning.length, code).toBeGreaterThan(20);
      expect(e.whatToDo.length, code).toBeGreaterThan(10);
      expect(`${e.meaning} ${e.whatToDo}`).not.toMatch(/undefined|\[object/);
    }
    const titles = FAULT_CODES.map((c) => explainFault(c).title);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('names the HTTP status of an unexpected answer and the minutes left of a ban', () => {
    expect(
      explainFault('UNEXPECTED_ANSWER', { httpStatus: 503, reason: 'the server reported an error' }).meaning,
    ).toContain('HTTP status 503');
    expect(explainFault('GUARD_BANNED', { minutesLeft: 7 }).whatToDo).toContain('7 more minutes');
    expect(explainFault('SERVER_CERT_UNTRUSTED').meaning).toMatch(/proxy|antivirus/);
  });

  it('has a generic entry for unknown faults and titles for certificate-file errors', () => {
    expect(explainFault('WEIRD').unknown).toBe(true);
    expect(explainFault('WEIRD').meaning).toContain('WEIRD');
    expect(explainFault('P12_WRONG_PASSWORD').title).toMatch(/\.p12/);
  });
});
