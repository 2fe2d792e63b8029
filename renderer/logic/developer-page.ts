/**
 * Betfair's developer page, opened by "What is an application key?". Its host is on the external-link allow-list
 * (shared/jurisdictions.ts externalHosts). Betfair's own "Application Keys" article lives on an Atlassian host,
 * which the app does not open; the developer site's "get started" page leads to it.
 */
export const DEVELOPER_PAGE_URL = 'https://developer.betfair.com/get-started/';
