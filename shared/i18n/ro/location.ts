/** Ce înseamnă un refuz din cauza locației pentru un bot de pe alt calculator, în română (vezi shared/i18n/en/location.ts). */
export const LOCATION_TEXT = {
  ranFrom:
    'Testul acesta a plecat de la adresa de internet a acestui calculator, iar Betfair stabilește de unde vine o conectare după această adresă. Un bot de pe un server, de pe un VPS închiriat sau din spatele unui VPN este judecat în schimb după adresa acelui server sau VPN: un bot de pe un VPS din altă țară este refuzat chiar dacă de acasă conectarea merge.',
  testOnServer:
    'Ca să afli ce va primi botul tău, rulează același test pe calculatorul pe care rulează botul (copiază acolo bot-login.cjs și pornește-l cu node), prin același VPN dacă botul folosește unul.',
};
