/** Step 2 with a certificate that lives only in a .p12 made by the openssl CLI. */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import type { Harness } from '../harness/server.js';
import { button, CERTIFICATE_READY, chooseJurisdiction, heading, pick } from './flow.js';
import { opensslP12, opensslPair, type OpensslPair } from './openssl.js';

export interface P12Made {
  readonly pair: OpensslPair;
  readonly p12: string;
  readonly dir: string;
}

/** From step 1 to "Certificate ready" with <certDir>/p12/bundle.p12 chosen and checked with its password. */
export async function useOpensslP12(page: Page, harness: Harness, password: string): Promise<P12Made> {
  const dir = join(harness.certDir, 'p12');
  await mkdir(dir, { recursive: true });
  const pair = await opensslPair(dir, 'bundle');
  const p12 = await opensslP12(pair, dir, 'bundle', password);
  await pick(page, harness, [p12]);
  await chooseJurisdiction(page);
  await button(page, 'Use an existing certificate').click();
  await button(page, 'Choose certificate files…').click();
  await page.getByLabel('.p12 password', { exact: true }).fill(password);
  await button(page, 'Check these files').click();
  await expect(heading(page, CERTIFICATE_READY)).toBeFocused();
  return { pair, p12, dir };
}
