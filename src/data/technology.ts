/**
 * The tool support a cooperation should have, from the report's technology
 * measures (Vedlegg 3: «Styrke teknologiverktøy» and «Bruke e-handelsverktøy»).
 */
export type Tool = {id: string; name: string; gives: string};

export const TOOLS: readonly Tool[] = [
  {
    id: 'spendanalyse',
    name: 'Verktøy for spendanalyse',
    gives:
      'Oversikt over hva medlemmene kjøper, hos hvem og for hvor mye, som grunnlag for å velge og prioritere felles anskaffelser.',
  },
  {
    id: 'kontraktsforvaltning',
    name: 'System for kontraktsforvaltning og -oppfølging',
    gives: 'Alle avtaler, frister, opsjoner og ansvarlige på ett sted, med varsler før avtaler løper ut.',
  },
  {
    id: 'konkurransegjennomforing',
    name: 'Verktøy for konkurransegjennomføring',
    gives: 'Elektronisk kunngjøring, tilbudsinnlevering og evaluering med sporbarhet.',
  },
  {
    id: 'leverandoroppfolging',
    name: 'Oppfølging av leverandørenes prestasjoner',
    gives: 'Målinger av leveranse, kvalitet og avvik per leverandør, som grunnlag for oppfølgingsmøter.',
  },
  {
    id: 'e-handel',
    name: 'Felles e-handels- eller bestillingsportal',
    gives: 'Medlemmene bestiller fra avtalte leverandører til avtalte priser, og samarbeidet ser hva som bestilles.',
  },
  {
    id: 'bestillingsstatistikk',
    name: 'Statistikk over hva medlemmene bestiller',
    gives: 'Tall for avtalelojalitet og kjøp utenfor avtale, som gjør det mulig å dokumentere besparelser.',
  },
];
