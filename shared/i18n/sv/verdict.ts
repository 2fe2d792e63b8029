/** Orden för den enda domen (shared/verdict.ts) och instrumentpanelens rader om senaste testet, på svenska. */
import type { Messages } from '../messages.js';

const RETEST = 'och testa sedan igen';

export const VERDICT_TEXT: Messages['VERDICT_TEXT'] = {
  works: {
    title: 'Din botinloggning fungerar',
    whatToDo:
      'Du behöver inte göra något mer: din bot kan logga in och lägga spel med samma certifikatfiler, applikationsnyckel och användarnamn.',
  },
  'works-no-stream': {
    title: 'Din bot kan logga in och lägga spel, men inte strömma odds',
    whatToDo:
      'Betfair har inte aktiverat Exchange Stream API för den här nyckeln. Spel och vanliga oddsanrop fungerar redan; om din bot strömmar odds, be Betfairs utvecklarsupport att aktivera strömning för din applikationsnyckel (skicka nyckeln, aldrig ditt lösenord).',
  },
  'keep-alive-failed': {
    title: 'Din bot kan logga in och lägga spel, men det gick inte att bekräfta att sessionen hålls vid liv',
    whatToDo:
      'Testa igen om några minuter. Låt under tiden din bot logga in igen när Betfair säger att sessionen har gått ut, aldrig mer än några gånger i minuten.',
  },
  'stream-failed': {
    title: 'Din bot kan logga in och lägga spel, men strömningen kunde inte kontrolleras',
    whatToDo:
      'Spel fungerar. Testa igen om några minuter för att få strömningen kontrollerad; om det fortsätter att misslyckas, kontrollera att ditt nätverk låter boten nå stream-api.betfair.com på port 443.',
  },
  'delayed-key': {
    title: 'Din inloggning fungerar, men din bot kan inte lägga spel med den fördröjda nyckeln',
    whatToDo: `Med den här nyckeln kan din bot logga in och läsa odds (med en liten fördröjning), men Betfair nekar dess spel. För att lägga spel, använd din live-nyckel (om den inte är aktiv än, ansök om aktivering på Betfairs utvecklarsida) ${RETEST}.`,
  },
  'key-inactive': {
    title: 'Din inloggning fungerar, men din bot nekas tills din live-nyckel har aktiverats',
    whatToDo: `Ansök om att få din live-nyckel aktiverad på Betfairs utvecklarsida ${RETEST}. Använd under tiden din fördröjda nyckel för att testa och läsa odds.`,
  },
  'choose-key': {
    title: 'Din inloggning fungerar \u2013 välj din applikationsnyckel',
    whatToDo: `Välj en av dina nycklar (live-nyckeln för att lägga spel, den fördröjda för att testa och läsa odds) ${RETEST} med den så att den kontrolleras.`,
  },
  'create-keys': {
    title: 'Din inloggning fungerar \u2013 skapa dina applikationsnycklar',
    whatToDo: `Låt guiden skapa dina nycklar (en fördröjd och en live) ${RETEST} med en av dem.`,
  },
  'key-not-yours': {
    title: 'Din inloggning fungerar, men din bot nekas tills applikationsnyckeln har rättats',
    whatToDo: `Nyckeln du skrev är inte en av ditt kontos nycklar. Kontrollera att du inte har skrivit fel eller använd en av dina egna nycklar ${RETEST}.`,
  },
  'key-refused': {
    title: 'Din inloggning fungerar, men din bot nekas tills applikationsnyckeln har rättats',
    whatToDo: `Betfair nekade nyckeln du skrev. Kontrollera att du inte har skrivit fel (en nyckel har inga mellanslag) eller använd en av dina egna nycklar ${RETEST}.`,
  },
  'key-not-checked': {
    title: 'Din inloggning fungerar, men applikationsnyckeln kunde inte kontrolleras',
    whatToDo:
      'Testa igen om några minuter för att få nyckeln kontrollerad. Din bot kan bara lägga spel med en live-nyckel som Betfair har aktiverat.',
  },
};

export const VERDICT_ROWS: Messages['VERDICT_ROWS'] = {
  appKey: 'Applikationsnyckel',
  keyNotChosen: 'ingen vald än',
  keyNotYours: 'inte en av dina nycklar',
  keyRefused: 'nekad av Betfair',
  keyNotChecked: 'inte kontrollerad',
  keyKindUnknown: 'okänd typ',
  appName: (name: string) => `”${name}”`,
  canBet: (yes: boolean) => (yes ? 'kan lägga spel: ja' : 'kan lägga spel: nej'),
  stream: 'Strömning',
  streamAllowed: 'tillåten',
  streamNotAllowed: 'inte aktiverad för den här nyckeln',
  streamFailed: 'kunde inte kontrolleras',
  streamNotChecked: 'inte kontrollerad',
  keepAlive: 'Hålla sessionen vid liv',
  keepAliveKept: 'kontrollerat: sessionen kan hållas vid liv',
  keepAliveFailed: 'keepAlive misslyckades',
  keepAliveNotChecked: 'inte kontrollerat',
  details: 'Detaljer om senaste testet',
};
