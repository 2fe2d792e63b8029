/** The size cap every answer from Betfair (or the test endpoint) is read under: anything bigger is not an answer. */
export const MAX_ANSWER_BYTES = 64 * 1024;
