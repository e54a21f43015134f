/**
 * Figures the rules set that are not thresholds (a minimum weighting, a number of days or years), kept as data
 * like the thresholds: each with where the rule stands, the public page it was read on and the day it was
 * checked, so a change of rule is one edit and every page that states it follows. Shown with <LegalFigure/>.
 */

export type LegalFigureId = 'klima-og-miljo-vekting' | 'karensperiode-del-iii' | 'oppbevaring-statlig';

export type LegalFigure = {
  /** The figure as a sentence uses it: «30 prosent». */
  text: string;
  legalSource: string;
  /** First day the figure applied, where the source says; ÅÅÅÅ-MM-DD. */
  validFrom?: string;
  source: {title: string; url: string};
  checked: string;
  note?: string;
};

export const LEGAL_FIGURES: Readonly<Record<LegalFigureId, LegalFigure>> = {
  'klima-og-miljo-vekting': {
    text: '30 prosent',
    legalSource: 'anskaffelsesforskriften § 7-9 annet ledd',
    validFrom: '2024-01-01',
    source: {
      title: 'DFØ: Veileder til regler om klima- og miljøhensyn, kapittel 3',
      url: 'https://anskaffelser.no/verktoy/veiledere/veileder-til-regler-om-klima-og-miljohensyn-i-offentlige-anskaffelser/3-anskaffelsesforskriften-reglene-som-gjelder',
    },
    checked: '2026-12-01',
    note: 'Regjeringen har foreslått å flytte regelen inn i anskaffelsesloven og beholde vektingen.',
  },
  'karensperiode-del-iii': {
    text: '10/15 dager',
    legalSource: 'anskaffelsesforskriften § 25-2',
    source: {
      title: 'Nærings- og fiskeridepartementet: Veileder til reglene om offentlige anskaffelser, kapittel 13.2',
      url: 'https://www.regjeringen.no/no/dokumenter/veileder-offentlige-anskaffelser/id2581234/?ch=16',
    },
    checked: '2026-12-01',
    note: 'Departementet omtaler minimumsperiodene slik; hvilken som gjelder, avhenger av hvordan meldingen sendes.',
  },
  'oppbevaring-statlig': {
    text: '10 år',
    legalSource: 'Riksrevisjonens brev 27. august 2010',
    source: {
      title: 'DFØ: Krav til arkivering',
      url: 'https://anskaffelser.no/nn/avtaler-og-regelverk/innsyn-og-offentleghet/krav-til-arkivering',
    },
    checked: '2026-12-01',
  },
};

export function legalFigure(id: LegalFigureId): LegalFigure {
  const figure = LEGAL_FIGURES[id];
  if (!figure) throw new Error(`Ukjent regeltall «${id}». Kjente: ${Object.keys(LEGAL_FIGURES).join(', ')}`);
  return figure;
}
