/** TEMPORARY until shared exports suggestAppName(): the name offered for new application keys. */
export function nameContainsUsername(name: string, username: string): boolean {
  const u = username.trim().toLowerCase();
  return u.length > 0 && name.toLowerCase().includes(u);
}

export function suggestedAppName(username: string): string {
  const name = 'Bot Login Wizard';
  return nameContainsUsername(name, username) ? 'My betting bot' : name;
}
