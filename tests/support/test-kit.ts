/** Test helper: bot kits written by the kit engine from an openssl-made certificate, with the tests' usual answers. */
import { readFileSync } from 'node:fs';
import { p12FromPem } from '../../electron/core/certificates/index.js';
import { writeBotKit, type BotKitDeps, type BotKitInput } from '../../electron/core/kit/index.js';
import { DEFAULT_APP_KEYS, DEFAULT_TEST_USERNAME } from '../fixtures/fake-sso/server.js';
import type { TestClientCertificate } from '../fixtures/fake-sso/client-cert.js';

/** The certificate and its unencrypted key as PEM text, as a kit takes them. */
export interface KitPems {
  readonly certPem: string;
  readonly keyPem: string;
}

/** The PEM text of a test client certificate and its key. */
export function pemsOf(cert: Pick<TestClientCertificate, 'certPem' | 'keyPath'>): KitPems {
  return { certPem: cert.certPem, keyPem: readFileSync(cert.keyPath, 'utf8') };
}

/** What the app gives the kit engine: the certificate engine makes the .pfx/.p12. */
export const KIT_DEPS: BotKitDeps = { makeKeystore: p12FromPem };

/** What a test must say about a kit; the rest has the usual answers (see kitInput). */
export type KitAnswers = Pick<BotKitInput, 'parentDir' | 'framework'> & Partial<BotKitInput>;

/**
 * A kit's input: the certificate, the fake's default username and delayed key, the international site, no one-file
 * CLI, this machine's platform; `answers` wins.
 */
export function kitInput(pems: KitPems, answers: KitAnswers): BotKitInput {
  return {
    jurisdiction: 'international',
    username: DEFAULT_TEST_USERNAME,
    appKey: DEFAULT_APP_KEYS.delayed,
    oneFileCli: null,
    platform: process.platform,
    ...pems,
    ...answers,
  };
}

/** Writes the kit and returns its folder; a refusal throws (making the kit is the test's setup, not what it checks). */
export async function writeKit(pems: KitPems, answers: KitAnswers): Promise<string> {
  const made = await writeBotKit(kitInput(pems, answers), KIT_DEPS);
  if (!made.ok) throw new Error(made.error.message);
  return made.value.dir;
}
