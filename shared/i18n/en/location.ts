/**
 * What a location refusal (BETTING_RESTRICTED_LOCATION, SECURITY_RESTRICTED_LOCATION) means for a bot on another
 * machine, in English. The CLI's login adds it to the status's own words (shared/location-note.ts).
 */
export const LOCATION_TEXT = {
  /** Added to what the answer means. */
  ranFrom:
    "This test ran from this computer's internet address, and Betfair judges where a login comes from by that address. A bot on a server, a rented VPS or behind a VPN is judged by the address of that server or VPN instead: a bot on a VPS in another country is refused even when the login works from home.",
  /** Added to what to do. */
  testOnServer:
    'To know what your bot will get, run this same test on the machine the bot runs on (copy bot-login.cjs there and run it with node), through the same VPN if the bot uses one.',
};
