/**
 * Roles in a procurement cooperation (the report's Vedlegg 3 asks for role and
 * responsibility templates), with the course lessons that build each role's
 * competence. Ids are stable: progress views and role pages link by them.
 */

export type LessonRef = {courseId: string; lessonId: string};

export type RoleId =
  | 'leder'
  | 'innkjopsradgiver'
  | 'kategoriansvarlig'
  | 'kontraktsforvalter'
  | 'juridisk-radgiver'
  | 'kontaktperson'
  | 'e-handelskoordinator'
  | 'stotteradgiver';

export type Role = {
  id: RoleId;
  name: string;
  /** One sentence on what the role is responsible for. */
  summary: string;
  /** Lessons in the order a learner in this role should take them. */
  path: readonly LessonRef[];
};

const ref = (courseId: string, lessonId: string): LessonRef => ({courseId, lessonId});

export const ROLES: readonly Role[] = [
  {
    id: 'leder',
    name: 'Leder av samarbeidet',
    summary: 'Har ansvar for mandat, prioriteringer, ressurser og rapportering til medlemmene.',
    path: [
      ref('innkjopssamarbeid', 'hvorfor-samarbeide'),
      ref('innkjopssamarbeid', 'organisering'),
      ref('innkjopssamarbeid', 'finansiering-og-forpliktelser'),
      ref('innkjopssamarbeid', 'hva-kartleggingen-fant'),
      ref('anskaffelsesprosessen', 'roller-og-ansvar'),
      ref('kontraktsoppfolging', 'nokkeltall'),
      ref('kontraktsoppfolging', 'dokumentere-besparelser'),
    ],
  },
  {
    id: 'innkjopsradgiver',
    name: 'Innkjøpsrådgiver',
    summary: 'Planlegger og gjennomfører felles konkurranser for medlemmene.',
    path: [
      ref('innkjopssamarbeid', 'hvorfor-samarbeide'),
      ref('anskaffelsesprosessen', 'behov-og-planlegging'),
      ref('anskaffelsesprosessen', 'kravspesifikasjon'),
      ref('anskaffelsesprosessen', 'konkurranse-og-tildeling'),
      ref('kontraktsoppfolging', 'avtalelojalitet'),
    ],
  },
  {
    id: 'kategoriansvarlig',
    name: 'Kategoriansvarlig',
    summary: 'Kjenner behov og marked i én kategori og eier strategien for den.',
    path: [
      ref('anskaffelsesprosessen', 'behov-og-planlegging'),
      ref('anskaffelsesprosessen', 'kravspesifikasjon'),
      ref('kontraktsoppfolging', 'nokkeltall'),
      ref('kontraktsoppfolging', 'dokumentere-besparelser'),
    ],
  },
  {
    id: 'kontraktsforvalter',
    name: 'Kontraktsforvalter',
    summary: 'Følger opp avtalene: bruk, priser, leverandører og avvik.',
    path: [
      ref('anskaffelsesprosessen', 'konkurranse-og-tildeling'),
      ref('kontraktsoppfolging', 'avtalelojalitet'),
      ref('kontraktsoppfolging', 'prisoppfolging-og-avvik'),
      ref('kontraktsoppfolging', 'nokkeltall'),
      ref('kontraktsoppfolging', 'dokumentere-besparelser'),
    ],
  },
  {
    id: 'juridisk-radgiver',
    name: 'Juridisk rådgiver',
    summary: 'Sikrer at konkurranser og kontrakter følger regelverket.',
    path: [
      ref('anskaffelsesprosessen', 'roller-og-ansvar'),
      ref('anskaffelsesprosessen', 'konkurranse-og-tildeling'),
      ref('kontraktsoppfolging', 'prisoppfolging-og-avvik'),
    ],
  },
  {
    id: 'kontaktperson',
    name: 'Kontaktperson hos et medlem',
    summary: 'Bindeleddet mellom samarbeidet og egen virksomhet: behov inn, avtaler ut.',
    path: [
      ref('innkjopssamarbeid', 'hvorfor-samarbeide'),
      ref('innkjopssamarbeid', 'finansiering-og-forpliktelser'),
      ref('anskaffelsesprosessen', 'behov-og-planlegging'),
      ref('kontraktsoppfolging', 'avtalelojalitet'),
      ref('kontraktsoppfolging', 'prisoppfolging-og-avvik'),
    ],
  },
  {
    id: 'e-handelskoordinator',
    name: 'E-handels- og bestillingskoordinator',
    summary: 'Legger avtalene inn i bestillingsløsningen og henter ut statistikk over hva medlemmene kjøper.',
    path: [ref('kontraktsoppfolging', 'avtalelojalitet'), ref('kontraktsoppfolging', 'nokkeltall')],
  },
  {
    id: 'stotteradgiver',
    name: 'Støtterådgiver',
    summary: 'Veileder medlemmer uten egen kapasitet eller kompetanse i bruk av maler og i egne anskaffelser.',
    path: [
      ref('innkjopssamarbeid', 'hvorfor-samarbeide'),
      ref('anskaffelsesprosessen', 'behov-og-planlegging'),
      ref('anskaffelsesprosessen', 'kravspesifikasjon'),
      ref('anskaffelsesprosessen', 'konkurranse-og-tildeling'),
      ref('kontraktsoppfolging', 'prisoppfolging-og-avvik'),
    ],
  },
];

export function getRole(id: string): Role {
  const role = ROLES.find((r) => r.id === id);
  if (!role) throw new Error(`Ukjent rolle «${id}». Kjente roller: ${ROLES.map((r) => r.id).join(', ')}`);
  return role;
}
