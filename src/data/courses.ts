/**
 * The course catalogue. Course and lesson ids are stable keys for stored
 * progress: never rename one; add a new id and a migration instead. Lessons
 * are listed in the order of the courses sidebar (the pages' `sidebar_position`).
 */
import {coursePath} from './routes';

/** Share of a quiz a learner must get right to pass a lesson; every quiz uses it, and imports are checked against it. */
export const PASS_MARK = 0.75;

export type Lesson = {
  id: string;
  /** As the lesson page's front matter writes it, so links and the page agree (tests/unit/courses.test.ts). */
  title: string;
  /** Route of the lesson page. */
  route: string;
  /** Estimated minutes to read the lesson and take its quiz. */
  minutes: number;
};

export type Course = {
  id: string;
  title: string;
  route: string;
  /** Route of the course's certificate page. */
  certificateRoute: string;
  audience: string;
  goals: readonly string[];
  lessons: readonly Lesson[];
};

const lesson = (courseId: string, id: string, title: string, minutes: number): Lesson => ({
  id,
  title,
  route: coursePath(`${courseId}/${id}/`),
  minutes,
});

export const COURSES: readonly Course[] = [
  {
    id: 'innkjopssamarbeid',
    title: 'Innkjøpssamarbeid – grunnkurs',
    route: coursePath('innkjopssamarbeid/'),
    certificateRoute: coursePath('innkjopssamarbeid/kursbevis/'),
    audience: 'Nye innkjøpere og kontaktpersoner i medlemsvirksomheter, særlig i små kommuner.',
    goals: [
      'Forklare hvorfor virksomheter samarbeider om innkjøp, og hva de får ut av det.',
      'Kjenne de vanligste måtene å organisere og finansiere et samarbeid på.',
      'Vite hvilke plikter et medlem har når samarbeidet inngår avtaler.',
      'Kjenne hovedfunnene fra kartleggingen og hva de betyr for eget samarbeid.',
    ],
    lessons: [
      lesson('innkjopssamarbeid', 'hvorfor-samarbeide', 'Leksjon 1: Hvorfor samarbeide om innkjøp?', 20),
      lesson('innkjopssamarbeid', 'organisering', 'Leksjon 2: Slik er samarbeid organisert', 20),
      lesson('innkjopssamarbeid', 'finansiering-og-forpliktelser', 'Leksjon 3: Finansiering og forpliktelser', 20),
      lesson('innkjopssamarbeid', 'hva-kartleggingen-fant', 'Leksjon 4: Hva kartleggingen fant – og hva det betyr', 20),
    ],
  },
  {
    id: 'anskaffelsesprosessen',
    title: 'Anskaffelsesprosessen fra behov til gevinst',
    route: coursePath('anskaffelsesprosessen/'),
    certificateRoute: coursePath('anskaffelsesprosessen/kursbevis/'),
    audience: 'Innkjøpsrådgivere, kategoriansvarlige og fagpersoner som deltar i felles anskaffelser.',
    goals: [
      'Beskrive fasene i en felles anskaffelse fra behov til evaluering.',
      'Fordele roller og ansvar mellom samarbeidet og medlemmene.',
      'Lage en kravspesifikasjon der også små medlemmer blir hørt.',
      'Gjennomføre konkurranse og tildeling, og sørge for at alle medlemmer får vite hva som er avtalt.',
    ],
    lessons: [
      lesson('anskaffelsesprosessen', 'behov-og-planlegging', 'Leksjon 1: Fra behov til plan', 25),
      lesson('anskaffelsesprosessen', 'roller-og-ansvar', 'Leksjon 2: Roller og ansvar i samarbeidet', 20),
      lesson(
        'anskaffelsesprosessen',
        'kravspesifikasjon',
        'Leksjon 3: Kravspesifikasjon som passer alle medlemmer',
        25,
      ),
      lesson(
        'anskaffelsesprosessen',
        'konkurranse-og-tildeling',
        'Leksjon 4: Konkurranse, tildeling og implementering',
        25,
      ),
    ],
  },
  {
    id: 'kontraktsoppfolging',
    title: 'Kontraktsoppfølging og gevinstrealisering',
    route: coursePath('kontraktsoppfolging/'),
    certificateRoute: coursePath('kontraktsoppfolging/kursbevis/'),
    audience:
      'Kontraktsforvaltere, innkjøpsledere og kontaktpersoner som skal følge opp avtaler og rapportere gevinster.',
    goals: [
      'Følge med på om medlemmene bruker avtalene (avtalelojalitet).',
      'Kontrollere priser mot avtalen og håndtere avvik.',
      'Velge nøkkeltall (KPI-er) som viser om avtalene virker.',
      'Dokumentere besparelser slik at de tåler å bli etterprøvd.',
    ],
    lessons: [
      lesson('kontraktsoppfolging', 'avtalelojalitet', 'Leksjon 1: Avtalelojalitet og bruk av avtalene', 20),
      lesson('kontraktsoppfolging', 'prisoppfolging-og-avvik', 'Leksjon 2: Prisoppfølging og avvik', 20),
      lesson('kontraktsoppfolging', 'nokkeltall', 'Leksjon 3: Nøkkeltall (KPI-er) for samarbeidet', 25),
      lesson('kontraktsoppfolging', 'dokumentere-besparelser', 'Leksjon 4: Å dokumentere besparelser', 25),
    ],
  },
];

export function getCourse(id: string): Course {
  const course = COURSES.find((c) => c.id === id);
  if (!course) throw new Error(`Ukjent kurs «${id}». Kjente kurs: ${COURSES.map((c) => c.id).join(', ')}`);
  return course;
}

/** The course's estimated length: the sum of its lessons' minutes. */
export const courseMinutes = (course: Pick<Course, 'lessons'>): number =>
  course.lessons.reduce((sum, l) => sum + l.minutes, 0);

/** Where a learner goes after passing a lesson: the next lesson, or the certificate after the last one. */
export function nextAfterLesson(courseId: string, lessonId: string): {label: string; route: string} {
  const course = getCourse(courseId);
  const index = course.lessons.findIndex((l) => l.id === lessonId);
  if (index === -1) throw new Error(`Kurset «${courseId}» har ingen leksjon «${lessonId}».`);
  const next = course.lessons[index + 1];
  return next
    ? {label: `Neste leksjon: ${next.title}`, route: next.route}
    : {label: 'Ta kursbeviset', route: course.certificateRoute};
}
