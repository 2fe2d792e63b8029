/**
 * How shared/api.ts declares one bridge method: its input schema, plus (types only) the payload the
 * renderer passes and the value of its successful Result.
 */
import type { z } from 'zod';
import { noInput } from './wizard-inputs.js';

export interface WizardMethodSpec<S extends z.ZodType = z.ZodType, In = unknown, Out = unknown> {
  readonly input: S;
  /** False when the method takes nothing: the preload then sends nothing, whatever the page passes. */
  readonly takesInput: boolean;
  /** Never set: carries the types of the payload and the result. */
  readonly types?: { readonly input: In; readonly output: Out };
}

/** A method with a payload: `method<Payload, Output>()(schema)`. */
export function method<In, Out>() {
  return <S extends z.ZodType>(input: S): WizardMethodSpec<S, In, Out> => ({ input, takesInput: true });
}

/** A method without a payload. */
export function query<Out>(): WizardMethodSpec<typeof noInput, undefined, Out> {
  return { input: noInput, takesInput: false };
}
