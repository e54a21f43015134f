/**
 * The end-to-end procurement process of the handbook's process template, and who
 * does what in each phase (RACI) between the cooperation's roles and the member
 * organisation's contact person. Role pages derive the phases a role owns from
 * this table (src/lib/raci.ts), so the two can never disagree.
 */
import type {RoleId} from './roles';
import {handbookPath} from './routes';

export type PhaseId =
  | 'behovskartlegging'
  | 'planlegging'
  | 'konkurranse'
  | 'tildeling'
  | 'implementering'
  | 'kontraktsoppfolging'
  | 'gevinstrealisering'
  | 'evaluering';

export type Phase = {id: PhaseId; name: string; route: string};

const phase = (id: PhaseId, name: string): Phase => ({id, name, route: handbookPath(`prosess/${id}/`)});

export const PHASES: readonly Phase[] = [
  phase('behovskartlegging', 'Behovskartlegging og analyse'),
  phase('planlegging', 'Planlegging'),
  phase('konkurranse', 'Konkurranse'),
  phase('tildeling', 'Tildeling og kontraktsinngåelse'),
  phase('implementering', 'Implementering'),
  phase('kontraktsoppfolging', 'Kontraktsoppfølging'),
  phase('gevinstrealisering', 'Gevinstrealisering og rapportering'),
  phase('evaluering', 'Evaluering'),
];

/** R: utfører, A: har ansvaret (én per aktivitet), C: rådføres, I: informeres. */
export type RaciLetter = 'R' | 'A' | 'C' | 'I';

export type RaciRow = {activity: string; assignments: Partial<Record<RoleId, RaciLetter>>};

const row = (activity: string, assignments: Partial<Record<RoleId, RaciLetter>>): RaciRow => ({activity, assignments});

export const RACI: Readonly<Record<PhaseId, readonly RaciRow[]>> = {
  behovskartlegging: [
    row('Kartlegge kortsiktige og langsiktige behov hos alle medlemmer', {
      kategoriansvarlig: 'A',
      innkjopsradgiver: 'R',
      kontaktperson: 'R',
      leder: 'I',
    }),
    row('Samle forbruksdata og avtaler som løper ut', {
      kategoriansvarlig: 'A',
      'e-handelskoordinator': 'R',
      kontaktperson: 'C',
    }),
    row('Prioritere anskaffelsene i samarbeidets plan', {leder: 'A', kategoriansvarlig: 'R', kontaktperson: 'C'}),
  ],
  planlegging: [
    row('Lage anskaffelsesstrategi: avtaleform, varighet, delkontrakter', {
      kategoriansvarlig: 'A',
      innkjopsradgiver: 'R',
      'juridisk-radgiver': 'C',
      kontaktperson: 'C',
    }),
    row('Gjennomføre markedsdialog', {innkjopsradgiver: 'A', kategoriansvarlig: 'R', kontaktperson: 'I'}),
    row('Avgjøre om anskaffelsen gjøres felles eller lokalt', {leder: 'A', kategoriansvarlig: 'R', kontaktperson: 'C'}),
  ],
  konkurranse: [
    row('Skrive kravspesifikasjon og la alle medlemmer gi innspill', {
      kategoriansvarlig: 'A',
      innkjopsradgiver: 'R',
      kontaktperson: 'C',
      stotteradgiver: 'C',
    }),
    row('Utarbeide konkurransegrunnlag og kontrakt', {
      innkjopsradgiver: 'A',
      'juridisk-radgiver': 'R',
      kategoriansvarlig: 'C',
    }),
    row('Kunngjøre og svare på spørsmål fra leverandører', {
      innkjopsradgiver: 'A',
      'juridisk-radgiver': 'C',
      kontaktperson: 'I',
    }),
    row('Veilede medlemmer som gjennomfører egne, mindre konkurranser', {
      stotteradgiver: 'A',
      'juridisk-radgiver': 'C',
      kontaktperson: 'R',
    }),
  ],
  tildeling: [
    row('Evaluere tilbud', {innkjopsradgiver: 'A', kategoriansvarlig: 'R', kontaktperson: 'C'}),
    row('Fatte og meddele tildelingsbeslutning', {
      leder: 'A',
      innkjopsradgiver: 'R',
      'juridisk-radgiver': 'C',
      kontaktperson: 'I',
    }),
    row('Signere kontrakt', {leder: 'A', 'juridisk-radgiver': 'C', kontaktperson: 'I'}),
  ],
  implementering: [
    row('Fortelle alle medlemmer hva som er avtalt, og hvordan avtalen brukes', {
      kontraktsforvalter: 'A',
      kontaktperson: 'R',
      leder: 'I',
    }),
    row('Legge avtalen og prisene inn i e-handels- eller bestillingsløsningen', {
      kontraktsforvalter: 'A',
      'e-handelskoordinator': 'R',
    }),
    row('Avslutte gamle avtaler og informere brukerne lokalt', {kontaktperson: 'A', kontraktsforvalter: 'C'}),
  ],
  kontraktsoppfolging: [
    row('Følge med på om medlemmene bruker avtalen (avtalelojalitet)', {
      kontraktsforvalter: 'A',
      'e-handelskoordinator': 'R',
      kontaktperson: 'R',
    }),
    row('Kontrollere fakturerte priser mot avtalen', {kontraktsforvalter: 'A', kontaktperson: 'R'}),
    row('Melde, behandle og lukke avvik', {kontraktsforvalter: 'A', kontaktperson: 'R', 'juridisk-radgiver': 'C'}),
    row('Holde oppfølgingsmøter med leverandøren', {
      kontraktsforvalter: 'A',
      kategoriansvarlig: 'C',
      kontaktperson: 'I',
    }),
  ],
  gevinstrealisering: [
    row('Måle besparelser mot et dokumentert utgangspunkt', {
      kategoriansvarlig: 'A',
      kontraktsforvalter: 'R',
      kontaktperson: 'C',
    }),
    row('Rapportere nøkkeltall til medlemmene', {leder: 'A', kontraktsforvalter: 'R', kontaktperson: 'I'}),
  ],
  evaluering: [
    row('Evaluere avtalen og samarbeidet om den med medlemmene', {
      kategoriansvarlig: 'A',
      kontraktsforvalter: 'R',
      kontaktperson: 'C',
      leder: 'I',
    }),
    row('Ta lærdom inn i neste behovskartlegging', {leder: 'A', kategoriansvarlig: 'R', kontaktperson: 'C'}),
  ],
};
