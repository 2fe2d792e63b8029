/** Vad ett nej på grund av platsen betyder för en bot på en annan maskin, på svenska (se shared/i18n/en/location.ts). */
export const LOCATION_TEXT = {
  ranFrom:
    'Testet kördes från den här datorns internetadress, och Betfair avgör var en inloggning kommer ifrån utifrån den adressen. En bot på en server, en hyrd VPS eller bakom en VPN bedöms i stället efter den serverns eller VPN-tjänstens adress: en bot på en VPS i ett annat land nekas även om inloggningen fungerar hemifrån.',
  testOnServer:
    'Vill du veta vad din bot kommer att få, kör samma test på maskinen där boten körs (kopiera dit bot-login.cjs och kör den med node), genom samma VPN om boten använder en.',
};
