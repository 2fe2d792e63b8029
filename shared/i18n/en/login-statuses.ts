/**
 * What each Betfair loginStatus means, in plain English for a non-technical reader: a short title, what
 * happened, and the next step. Facts from Betfair's "Non-Interactive (Bot) Login" page; the words are ours.
 * `{site}`-style details come from the context (the user's own jurisdiction's Betfair site).
 */
import type { LoginStatus } from '../../codes.js';
import type { StatusEntryText, StatusTextContext } from '../text-types.js';

const SUPPORT = "Contact Betfair's customer support";
const NO_RETRY = 'Testing again will not change the answer.';

const openSite = (ctx: StatusTextContext): string => `Open ${ctx.site}`;

export const LOGIN_STATUS_TEXT: Readonly<Record<LoginStatus, StatusEntryText>> = {
  SUCCESS: {
    title: 'Your bot login works',
    meaning: 'Betfair accepted the certificate, the username and the password together, and opened a session.',
    whatToDo:
      'Nothing more to do here. Your bot can log in with the same certificate files, app key and username. Keep the key file private.',
  },
  INVALID_USERNAME_OR_PASSWORD: {
    title: 'Username or password not accepted',
    meaning: 'Betfair did not accept this username and password together.',
    whatToDo: (c) =>
      `Check both by logging in on ${c.site} in your browser. Use your Betfair username (not your email address), and watch for caps lock and spaces at either end. Several wrong tries in a row can lock the account, so check before testing again. Forgotten the password? Reset it on ${c.site}.`,
    action: { label: 'Reset my password', target: 'recover-password' },
  },
  ACCOUNT_NOW_LOCKED: {
    title: 'Account locked just now',
    meaning: 'This attempt was one wrong password too many: Betfair has now locked the account.',
    whatToDo: (c) =>
      `Waiting will not unlock it. Unlock it with the forgotten-password steps on ${c.site}, or ${SUPPORT.toLowerCase()}. Then test again with the new password.`,
    action: { label: 'Reset my password', target: 'recover-password' },
  },
  ACCOUNT_ALREADY_LOCKED: {
    title: 'Account is locked',
    meaning: 'The account was already locked before this attempt, usually after several wrong passwords.',
    whatToDo: (c) =>
      `Waiting will not unlock it. Use the forgotten-password steps on ${c.site}, or ${SUPPORT.toLowerCase()}, then test again.`,
    action: { label: 'Reset my password', target: 'recover-password' },
  },
  PENDING_AUTH: {
    title: 'Account still being checked',
    meaning: 'Betfair has not finished authenticating or setting up this account.',
    whatToDo: (c) =>
      `Log in on ${c.site} in your browser and complete anything it asks for. If it asks for nothing, ${SUPPORT.toLowerCase()}; waiting alone may not help.`,
    action: { label: openSite, target: 'website' },
  },
  TELBET_TERMS_CONDITIONS_NA: {
    title: 'Telephone betting terms declined',
    meaning:
      "The terms for Betfair's telephone betting service were declined on this account, so it cannot log in like this.",
    whatToDo: `${SUPPORT} and ask them to sort out the telephone betting terms on your account. ${NO_RETRY}`,
  },
  DUPLICATE_CARDS: {
    title: 'Payment card used on another account',
    meaning: 'A payment card on this account is also registered to another Betfair account, so the login is blocked.',
    whatToDo: `${SUPPORT}: only they can resolve this. ${NO_RETRY}`,
  },
  SECURITY_QUESTION_WRONG_3X: {
    title: 'Security answer wrong three times',
    meaning: 'The answer to the security question was wrong three times, so Betfair is blocking logins.',
    whatToDo: `${SUPPORT} to have the block lifted. Waiting alone does not help.`,
  },
  KYC_SUSPEND: {
    title: 'Identity check needed',
    meaning: 'The account is on hold until Betfair has checked who you are (the "know your customer" check).',
    whatToDo: (c) =>
      `Log in on ${c.site} in your browser and send the documents it asks for, or ${SUPPORT.toLowerCase()}. Once Betfair has verified you, test again.`,
    action: { label: openSite, target: 'website' },
  },
  SUSPENDED: {
    title: 'Account suspended',
    meaning: 'Betfair has suspended this account.',
    whatToDo: `${SUPPORT} to learn why and what would lift the suspension. ${NO_RETRY}`,
  },
  CLOSED: {
    title: 'Account closed',
    meaning: 'This Betfair account has been closed.',
    whatToDo: `${SUPPORT} if you want it reopened, or test with another account.`,
  },
  SELF_EXCLUDED: {
    title: 'Account self-excluded',
    meaning: 'The account is under a self-exclusion, so it cannot log in for now.',
    whatToDo: `Logins stay blocked until the self-exclusion ends. For questions, ${SUPPORT.toLowerCase()}.`,
  },
  INVALID_CONNECTIVITY_TO_REGULATOR_DK: {
    title: 'Danish regulator could not be reached',
    meaning:
      "Betfair could not get an answer from the Danish gambling regulator's systems in time, so it could not finish the login.",
    whatToDo: `This is a problem on Betfair's or the regulator's side, not yours. Wait a few minutes and test again; if it lasts, ${SUPPORT.toLowerCase()}.`,
  },
  NOT_AUTHORIZED_BY_REGULATOR_DK: {
    title: 'Not allowed by the Danish regulator',
    meaning: "The Danish regulator's rules do not allow this account to play in Denmark.",
    whatToDo: `${SUPPORT} to find out what is needed. ${NO_RETRY}`,
  },
  INVALID_CONNECTIVITY_TO_REGULATOR_IT: {
    title: 'Italian regulator could not be reached',
    meaning:
      "Betfair could not get an answer from the Italian gambling regulator's systems in time, so it could not finish the login.",
    whatToDo: `This is a problem on Betfair's or the regulator's side, not yours. Wait a few minutes and test again; if it lasts, ${SUPPORT.toLowerCase()}.`,
  },
  NOT_AUTHORIZED_BY_REGULATOR_IT: {
    title: 'Not allowed by the Italian regulator',
    meaning: "The Italian regulator's rules do not allow this account to play in Italy.",
    whatToDo: `${SUPPORT} to find out what is needed. ${NO_RETRY}`,
  },
  SECURITY_RESTRICTED_LOCATION: {
    title: 'Account restricted for security reasons',
    meaning: 'Betfair has restricted the account because of a security concern.',
    whatToDo: `${SUPPORT} to have the account checked. ${NO_RETRY}`,
  },
  BETTING_RESTRICTED_LOCATION: {
    title: 'Betting not allowed from this location',
    meaning: 'The login came from a country or network where Betfair does not allow betting.',
    whatToDo:
      'Run the test, and your bot, from a place where Betfair is allowed. If you are in an allowed country, a VPN or a hosting company abroad may make you look elsewhere: switch the VPN off or use a server in your own country. Ask customer support if unsure.',
  },
  TRADING_MASTER: {
    title: 'Trading master account',
    meaning: 'This is a trading master account, which cannot log in this way.',
    whatToDo: `Log in with the account your bot will bet with instead, or ${SUPPORT.toLowerCase()} to ask which account to use.`,
  },
  TRADING_MASTER_SUSPENDED: {
    title: 'Trading master account suspended',
    meaning: 'This trading master account is suspended.',
    whatToDo: `${SUPPORT}. ${NO_RETRY}`,
  },
  AGENT_CLIENT_MASTER: {
    title: 'Agent master account',
    meaning: "This is an agent's master account, which cannot log in this way.",
    whatToDo: `Log in with a client account instead, or ${SUPPORT.toLowerCase()} to ask which account to use.`,
  },
  AGENT_CLIENT_MASTER_SUSPENDED: {
    title: 'Agent master account suspended',
    meaning: "This agent's master account is suspended.",
    whatToDo: `${SUPPORT}. ${NO_RETRY}`,
  },
  DANISH_AUTHORIZATION_REQUIRED: {
    title: 'Danish authorisation needed',
    meaning: 'This account needs the Danish authorisation that only the interactive login can do.',
    whatToDo: `Bot login is not available to Danish accounts. Log in on betfair.dk in your browser, and have your app use Betfair's interactive login. If your account should not be Danish, ${SUPPORT.toLowerCase()}.`,
    action: { label: 'Open betfair.dk', target: 'website-dk' },
  },
  SPAIN_MIGRATION_REQUIRED: {
    title: 'Move to Betfair Spain needed',
    meaning: "The account must first be moved to Betfair's Spanish site.",
    whatToDo:
      'Log in on betfair.es in your browser and follow the steps to move your account. Then choose Spain in this wizard, upload the certificate on betfair.es, and test again.',
    action: { label: 'Open betfair.es', target: 'website-es' },
  },
  DENMARK_MIGRATION_REQUIRED: {
    title: 'Move to Betfair Denmark needed',
    meaning: "The account must first be moved to Betfair's Danish site.",
    whatToDo:
      "Log in on betfair.dk in your browser and follow the steps. Note that Danish accounts cannot use bot login at all: your app will need Betfair's interactive login.",
    action: { label: 'Open betfair.dk', target: 'website-dk' },
  },
  SPANISH_TERMS_ACCEPTANCE_REQUIRED: {
    title: 'New Spanish terms to accept',
    meaning: 'Betfair Spain has new terms and conditions that this account has not accepted yet.',
    whatToDo: 'Log in on betfair.es in your browser, accept the new terms when they are shown, then test again.',
    action: { label: 'Open betfair.es', target: 'website-es' },
  },
  ITALIAN_CONTRACT_ACCEPTANCE_REQUIRED: {
    title: 'New Italian contract to accept',
    meaning: 'Betfair Italy has a new version of its contract that this account has not accepted yet.',
    whatToDo: 'Log in on betfair.it in your browser, accept the new contract when it is shown, then test again.',
    action: { label: 'Open betfair.it', target: 'website-it' },
  },
  CERT_AUTH_REQUIRED: {
    title: 'Certificate not recognised',
    meaning:
      'Betfair could not log in with this certificate. Most often the certificate has not been uploaded to this account yet, a different certificate is uploaded, or it was uploaded on another Betfair site.',
    whatToDo: (c) =>
      `Open the security page on ${c.site}, find "Automated Betting Program Access", and check that the certificate listed there is the one you are testing (compare its name and expiry date). If not, upload your .crt file there. The upload and the test must use the same Betfair site, so check the country you chose. Then test again.`,
    action: { label: (c) => `Open my certificate page on ${c.site}`, target: 'security-page' },
  },
  CHANGE_PASSWORD_REQUIRED: {
    title: 'Password change needed',
    meaning: 'Betfair wants you to choose a new password before you log in again.',
    whatToDo: (c) =>
      `Log in on ${c.site} in your browser and change your password when asked. Then test again with the new one.`,
    action: { label: openSite, target: 'website' },
  },
  PERSONAL_MESSAGE_REQUIRED: {
    title: 'A message from Betfair is waiting',
    meaning: 'Betfair has a personal message for you that must be read before you can log in.',
    whatToDo: (c) => `Log in on ${c.site} in your browser and read and confirm the message. Then test again.`,
    action: { label: openSite, target: 'website' },
  },
  INTERNATIONAL_TERMS_ACCEPTANCE_REQUIRED: {
    title: 'New Betfair terms to accept',
    meaning: "Betfair's terms and conditions have changed and this account has not accepted the new ones yet.",
    whatToDo: (c) => `Log in on ${c.site} in your browser, accept the new terms when they are shown, then test again.`,
    action: { label: openSite, target: 'website' },
  },
  EMAIL_LOGIN_NOT_ALLOWED: {
    title: 'Email address used instead of username',
    meaning:
      'The username looks like an email address, and this account is not set up to log in with its email address.',
    whatToDo: (c) =>
      `Type your Betfair username instead. If you do not know it, log in on ${c.site} and look in your account details.`,
    action: { label: openSite, target: 'website' },
  },
  MULTIPLE_USERS_WITH_SAME_CREDENTIAL: {
    title: 'Several accounts match these details',
    meaning:
      'More than one Betfair account matches what you typed (often an email address shared by several accounts), so Betfair cannot tell which one you mean.',
    whatToDo: `Use the account's username instead of an email address. If that does not help, ${SUPPORT.toLowerCase()}.`,
  },
  ACCOUNT_PENDING_PASSWORD_CHANGE: {
    title: 'Password recovery needed',
    meaning: 'The account has to go through password recovery before it can be used again.',
    whatToDo: "Use Betfair's password recovery page to set a new password, then test again with it.",
    action: { label: 'Recover my password', target: 'recover-password' },
  },
  TEMPORARY_BAN_TOO_MANY_REQUESTS: {
    title: 'Too many logins: Betfair paused them for 20 minutes',
    meaning:
      'Betfair counted more successful logins for this account in one minute than it allows, and now refuses new logins for 20 minutes.',
    whatToDo:
      'Wait 20 minutes: this app will not send another test login before then. Meanwhile make sure no bot or script keeps logging in with this account.',
  },
  ITALIAN_PROFILING_ACCEPTANCE_REQUIRED: {
    title: 'Italian conditions to accept',
    meaning: 'Betfair Italy needs you to accept its new conditions (about how your data is used) before you log in.',
    whatToDo: 'Log in on betfair.it in your browser, accept the conditions when they are shown, then test again.',
    action: { label: 'Open betfair.it', target: 'website-it' },
  },
  AUTHORIZED_ONLY_FOR_DOMAIN_RO: {
    title: 'Account does not match the Romanian site',
    meaning:
      'Betfair Romania (betfair.ro) and this account do not go together: that site only takes accounts opened on betfair.ro.',
    whatToDo: (c) =>
      c.jurisdiction === 'ro'
        ? 'Choose the country where you opened your account instead of Romania (for most people that is International, betfair.com), upload the certificate on that site, then test again.'
        : 'Betfair says this account belongs to Betfair Romania. Choose Romania in this wizard, upload the certificate on betfair.ro, then test again.',
    action: { label: 'Open betfair.ro', target: 'website-ro' },
  },
  AUTHORIZED_ONLY_FOR_DOMAIN_SE: {
    title: 'Account does not match the Swedish site',
    meaning:
      'Betfair Sweden (betfair.se) and this account do not go together: that site only takes accounts opened on betfair.se.',
    whatToDo: (c) =>
      c.jurisdiction === 'se'
        ? 'Choose the country where you opened your account instead of Sweden (for most people that is International, betfair.com), upload the certificate on that site, then test again.'
        : 'Betfair says this account belongs to Betfair Sweden. Choose Sweden in this wizard, upload the certificate on betfair.se, then test again.',
    action: { label: 'Open betfair.se', target: 'website-se' },
  },
  SWEDEN_NATIONAL_IDENTIFIER_REQUIRED: {
    title: 'Swedish personal identity number needed',
    meaning: 'Betfair Sweden needs your Swedish personal identity number before you can log in.',
    whatToDo:
      'Log in on betfair.se in your browser and enter your personal identity number where asked, then test again.',
    action: { label: 'Open betfair.se', target: 'website-se' },
  },
  SWEDEN_BANK_ID_VERIFICATION_REQUIRED: {
    title: 'Swedish BankID check needed',
    meaning: 'Betfair Sweden needs you to confirm who you are with BankID before you can log in.',
    whatToDo: 'Log in on betfair.se in your browser and complete the BankID check, then test again.',
    action: { label: 'Open betfair.se', target: 'website-se' },
  },
  ACTIONS_REQUIRED: {
    title: 'Betfair needs more information',
    meaning: 'Some information is missing from your account, and Betfair wants it before you log in.',
    whatToDo: (c) => `Log in on ${c.site} in your browser and fill in whatever it asks for. Then test again.`,
    action: { label: openSite, target: 'website' },
  },
  INPUT_VALIDATION_ERROR: {
    title: 'Betfair could not read the request',
    meaning:
      'Betfair said part of the login request was not in the form it expects. This app sends it the documented way, so the usual cause is an empty or odd value.',
    whatToDo:
      "Check the app key (copy it again from Betfair's developer pages) and the username for stray spaces or characters, then test again. If it keeps happening, contact Betfair's developer support and tell them the time of the test.",
    action: { label: 'Open Betfair developer support', target: 'developer-support' },
  },
  MIGRATION_REQUIRED: {
    title: 'Brazilian account must move to betfair.bet.br',
    meaning:
      "For customers in Brazil: since 1 January 2025 the account must be moved to Betfair's Brazilian site before it can log in.",
    whatToDo: 'Log in on betfair.bet.br in your browser and follow the steps to move your account.',
    action: { label: 'Open betfair.bet.br', target: 'website-bet-br' },
  },
  TERMS_AND_CONDITIONS: {
    title: 'New Brazilian terms to accept',
    meaning:
      "For customers in Brazil: since 1 January 2025 Betfair's new terms must be accepted on its Brazilian site.",
    whatToDo: 'Log in on betfair.bet.br in your browser and accept the new terms and conditions, then test again.',
    action: { label: 'Open betfair.bet.br', target: 'website-bet-br' },
  },
};

/** For a code the catalogue does not know (a future Betfair code). */
export const UNKNOWN_STATUS_TEXT = {
  title: 'Betfair answered with an unfamiliar code',
  meaning: (code: string): string =>
    `Betfair answered "${code}", which this app does not know yet. The login did not succeed.`,
  whatToDo: (ctx: StatusTextContext, code: string): string =>
    `Log in on ${ctx.site} in your browser to see whether anything is asked of you. If not, contact Betfair's customer support and quote the code ${code}.`,
  actionLabel: 'Open Betfair developer support',
} as const;
