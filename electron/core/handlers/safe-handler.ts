/**
 * The bridge's wrapper around every handler (not the login guard, which is a rate limit): validate the payload (BAD_INPUT otherwise), then run it; a throw becomes
 * UNEXPECTED with a plain message and no stack. The returned function never rejects.
 */
import type { z } from 'zod';
import { fail, type Result } from '../../../shared/result.js';
import { text } from '../../../shared/i18n/text.js';

export function safeHandler<S extends z.ZodType, T>(
  schema: S,
  run: (input: z.output<S>) => Promise<Result<T>> | Result<T>,
): (input: unknown) => Promise<Result<T>> {
  return async (input: unknown) => {
    try {
      const parsed = schema.safeParse(input, { error: () => text.appText.input.generic });
      if (!parsed.success) {
        return fail('BAD_INPUT', parsed.error.issues[0]?.message ?? text.appText.input.generic);
      }
      return await run(parsed.data);
    } catch {
      return fail('UNEXPECTED', text.appText.errors.unexpected, { title: text.appText.errors.unexpectedTitle });
    }
  };
}
