/**
 * Test helper: the fake identitysso posing as Betfair's hosts (its server certificate names them, issued by a test CA
 * that only these runs trust), a certificate made by the app's certificate engine and registered with the fake, and
 * the dashboard's snippets built for it, exactly as the app shows them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { generateCertificate } from '../../electron/core/certificates/index.js';
import { buildSnippets } from '../../electron/core/snippets.js';
import type { Snippet } from '../../shared/api.js';
import { DEFAULT_TEST_USERNAME, startFakeSso, type FakeSso } from '../fixtures/fake-sso/server.js';
import { tempDir } from './temp-dir.js';

export interface SnippetsOnFakeOptions {
  /** The Betfair host names the fake's server certificate carries. */
  readonly hosts: readonly string[];
  /** The temporary folder's name. */
  readonly name: string;
  /** The certificate's folder inside it (a name with a space or a quote tests the snippets' quoting). */
  readonly certFolder: string;
  readonly commonName: string;
  readonly appKey: string;
}

export interface SnippetsOnFake {
  readonly sso: FakeSso;
  /** The fake's port on 127.0.0.1. */
  readonly port: string;
  /** A fresh folder that holds the certificate's folder; the tests' own files go here too. */
  readonly work: string;
  /** One snippet's code, as the dashboard shows it. */
  code(id: Snippet['id']): string;
}

/**
 * Started before a test file's first test, closed after its last. The object is filled in when the fake has started,
 * so read its fields inside tests and hooks, not at the top of the file.
 */
export function snippetsOnFakeForSuite(options: SnippetsOnFakeOptions): SnippetsOnFake {
  let snippets: Snippet[] = [];
  const fixture: { -readonly [K in keyof SnippetsOnFake]?: SnippetsOnFake[K] } = {
    code(id) {
      const found = snippets.find((s) => s.id === id);
      if (!found) throw new Error(`no ${id} snippet`);
      return found.code;
    },
  };
  beforeAll(async () => {
    const sso = await startFakeSso({ serverNames: { dns: [...options.hosts], ip: ['127.0.0.1'] } });
    const work = tempDir(options.name);
    Object.assign(fixture, { sso, port: new URL(sso.origin).port, work });
    const made = await generateCertificate({
      dir: join(work, options.certFolder),
      subject: { commonName: options.commonName },
      days: 7,
    });
    if (!made.ok) throw new Error(made.error.message);
    sso.registerCertificate(readFileSync(made.value.files.certificate, 'utf8'));
    snippets = buildSnippets({
      jurisdiction: 'international',
      certificate: {
        dir: made.value.dir,
        source: made.value.source,
        fingerprintSha256: made.value.certificate.fingerprintSha256,
        commonName: made.value.certificate.commonName,
        notAfter: made.value.certificate.notAfter,
        files: [],
      },
      appKey: options.appKey,
      username: DEFAULT_TEST_USERNAME,
    });
  }, 60_000);
  afterAll(async () => {
    await fixture.sso?.close();
  });
  return fixture as SnippetsOnFake;
}
