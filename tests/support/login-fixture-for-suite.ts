/** The login fixture tied to a vitest file's hooks (kept apart from login-fixture.ts, which the benches import). */
import { afterAll, beforeAll } from 'vitest';
import type { FakeSsoOptions } from '../fixtures/fake-sso/server.js';
import { startLoginFixture, type LoginFixture } from './login-fixture.js';

/**
 * The fixture of a whole test file: started before its first test, closed after its last. The object is filled in
 * when the fixture has started, so read its fields inside tests and hooks, not at the top of the file.
 */
export function loginFixtureForSuite(opts: FakeSsoOptions = {}): LoginFixture {
  const fixture: Partial<LoginFixture> = {};
  beforeAll(async () => {
    Object.assign(fixture, await startLoginFixture(opts));
  });
  afterAll(async () => {
    await fixture.close?.();
  });
  return fixture as LoginFixture;
}
