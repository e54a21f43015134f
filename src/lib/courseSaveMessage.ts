/** What the reader is told once «Lagre hele kurset for bruk uten nett» has tried every lesson. */
export function courseSaveMessage(total: number, failed: number): string {
  if (failed === 0) return `Kurset er lagret. Alle ${total} leksjonene kan nå åpnes uten nett.`;
  if (failed >= total) return 'Ingen leksjoner ble lagret. Prøv igjen når du har nett.';
  return `${total - failed} av ${total} leksjoner ble lagret, ${failed} kunne ikke hentes. Prøv igjen når du har en stabil forbindelse.`;
}

/** The line beside the progress bar while lessons are being saved. */
export function courseSaveProgress(total: number, done: number): string {
  return `Lagrer leksjon ${Math.min(done + 1, total)} av ${total} …`;
}
