/**
 * «Hvilke regler gjelder for anskaffelsen?»: the estimated value of a joint
 * purchase (every member, the whole period with options), the thresholds it
 * reaches and what follows from them, each with its source. Pure; the
 * component only renders what this returns.
 *
 * A value equal to a threshold counts as reaching it: the ministry's guidance
 * says the national threshold applies to a value «lik eller overstiger» it, and
 * the same reading is used for the EØS thresholds, which is the stricter one.
 */
import {FRAMEWORK_MAX_YEARS, type RuleId} from '../data/procurementRules';
import {
  THRESHOLD_NAMES,
  THRESHOLDS,
  thresholdState,
  type ThresholdId,
  type ThresholdPeriod,
  type ThresholdState,
} from '../data/thresholds';
import {formatNumber} from './format';
import {formatThresholdAmount, thresholdWarning} from './thresholdView';

export type Buyer = 'statlig' | 'annen';
export type Kind = 'varer-tjenester' | 'bygg-anlegg' | 'saerlige-tjenester';

export const BUYER_LABELS: Readonly<Record<Buyer, string>> = {
  statlig: 'Statlig myndighet',
  annen: 'Kommune, fylkeskommune eller annen oppdragsgiver',
};

export const KIND_LABELS: Readonly<Record<Kind, string>> = {
  'varer-tjenester': 'Varer og tjenester',
  'bygg-anlegg': 'Bygge- og anleggsarbeid',
  'saerlige-tjenester': 'Særlige tjenester (helse- og sosialtjenester m.m.)',
};

export type MemberInput = {name: string; volume: string};

/** What the reader typed, kept as text so a bad entry stays visible (and shareable) until it is put right. */
export type RulesInput = {
  buyer: Buyer;
  kind: Kind;
  members: MemberInput[];
  years: string;
  optionYears: string;
};

export const MAX_MEMBERS = 100;
const MAX_YEARS = 50;
/** Sums above this are almost certainly typing mistakes (ten trillion kroner). */
const MAX_KRONER = 1e13;

export const EMPTY_MEMBER: MemberInput = {name: '', volume: ''};

export const EMPTY_INPUT: RulesInput = {
  buyer: 'annen',
  kind: 'varer-tjenester',
  members: [EMPTY_MEMBER],
  years: '',
  optionYears: '',
};

export type Parsed = {ok: true; value: number} | {ok: false; message: string};

const NUMBER_EXAMPLE = 'Skriv beløpet med tall, for eksempel 1 300 000 eller 1,3 mill.';

/**
 * Kroner as Norwegians type them: «1 300 000», «1300000», «1.300.000»,
 * «1 300 000 kr», «1,3 mill» or «1,3 millioner». Spaces of every kind group
 * thousands. Øre are refused rather than rounded away without a word.
 */
export function parseKroner(input: string): Parsed {
  let text = input
    .toLowerCase()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/(kr\.?|kroner)$/, '')
    .replace(/,-$/, '');
  if (text === '') return {ok: false, message: 'Fyll inn beløpet i kroner.'};
  if (/^[-−]/.test(text)) return {ok: false, message: 'Beløpet kan ikke være negativt.'};
  const millions = /(mill\.?|millioner|million|mnok)$/.exec(text);
  if (millions) text = text.slice(0, millions.index);
  if (!/^\d[\d.,]*$/.test(text)) return {ok: false, message: NUMBER_EXAMPLE};
  let value: number;
  if (millions) {
    if (!/^\d+([.,]\d+)?$/.test(text)) return {ok: false, message: NUMBER_EXAMPLE};
    value = Math.round(Number(text.replace(',', '.')) * 1e6 * 1e6) / 1e6;
  } else if (/^\d{1,3}(\.\d{3})+$/.test(text)) {
    value = Number(text.replace(/\./g, ''));
  } else if (/^\d+$/.test(text)) {
    value = Number(text);
  } else {
    const withOre = /^(\d+|\d{1,3}(\.\d{3})+)[.,]\d{1,2}$/.test(text);
    return {ok: false, message: withOre ? 'Skriv hele kroner, uten øre.' : NUMBER_EXAMPLE};
  }
  if (!Number.isInteger(value)) return {ok: false, message: 'Skriv hele kroner, uten øre.'};
  if (value > MAX_KRONER) return {ok: false, message: 'Beløpet er urimelig stort. Sjekk at det er skrevet riktig.'};
  return {ok: true, value};
}

/** Whole years; an empty option field means no options. */
export function parseYears(input: string, {min, emptyIs}: {min: 0 | 1; emptyIs?: number}): Parsed {
  const text = input.replace(/[\s\u00a0\u202f]/g, '').replace(/(år)$/i, '');
  if (text === '')
    return emptyIs === undefined ? {ok: false, message: 'Fyll inn antall år.'} : {ok: true, value: emptyIs};
  if (!/^\d+$/.test(text)) return {ok: false, message: 'Skriv antall hele år med tall, for eksempel 2.'};
  const value = Number(text);
  if (value < min || value > MAX_YEARS)
    return {ok: false, message: `Skriv et antall år mellom ${min} og ${MAX_YEARS}.`};
  return {ok: true, value};
}

export type FieldErrors = {
  /** One entry per member, in order; undefined where the volume is fine. */
  members: (string | undefined)[];
  years?: string;
  optionYears?: string;
};

export type Estimate = {
  memberCount: number;
  perYear: number;
  years: number;
  optionYears: number;
  totalYears: number;
  total: number;
};

export type EstimateResult = {ok: true; estimate: Estimate} | {ok: false; errors: FieldErrors};

/** The value as the regulation counts it: the payments of every member for the whole period, options included. */
export function estimateValue(input: RulesInput): EstimateResult {
  const volumes = input.members.map((m) => parseKroner(m.volume));
  const years = parseYears(input.years, {min: 1});
  const optionYears = parseYears(input.optionYears, {min: 0, emptyIs: 0});
  if (!years.ok || !optionYears.ok || volumes.some((v) => !v.ok)) {
    return {
      ok: false,
      errors: {
        members: volumes.map((v) => (v.ok ? undefined : v.message)),
        years: years.ok ? undefined : years.message,
        optionYears: optionYears.ok ? undefined : optionYears.message,
      },
    };
  }
  const perYear = volumes.reduce((sum, v) => sum + (v.ok ? v.value : 0), 0);
  const totalYears = years.value + optionYears.value;
  return {
    ok: true,
    estimate: {
      memberCount: input.members.length,
      perYear,
      years: years.value,
      optionYears: optionYears.value,
      totalYears,
      total: perYear * totalYears,
    },
  };
}

export function eeaThresholdId(buyer: Buyer, kind: Kind): ThresholdId {
  if (kind === 'bygg-anlegg') return 'eos-bygg-anlegg';
  if (kind === 'saerlige-tjenester') return 'eos-saerlige-tjenester';
  return buyer === 'statlig' ? 'eos-statlig' : 'eos-andre';
}

/**
 * - `outside`: under the lower limit, the procurement rules do not apply;
 * - `part-one`, `parts-one-two`, `parts-one-three`: the parts of the regulation that apply;
 * - `special-below`, `special-above`: special services, under or over their EØS threshold.
 */
export type Regime = 'outside' | 'part-one' | 'parts-one-two' | 'parts-one-three' | 'special-below' | 'special-above';

export type ThresholdCheck = {
  id: ThresholdId;
  name: string;
  state: ThresholdState;
  reached: boolean;
};

/** One consequence the reader should know, with the rule it rests on. */
export type Consequence = {topic: string; text: string; rule: RuleId};

export type RulesResult =
  | {ok: false; errors: FieldErrors}
  | {
      ok: true;
      estimate: Estimate;
      checks: ThresholdCheck[];
      regime: Regime;
      consequences: Consequence[];
      /** Said before anything else: values that may be out of date, a duration beyond the main rule. */
      warnings: string[];
    };

const years = (n: number) => `${formatNumber(n)} år`;

function regimeOf(kind: Kind, reached: (id: ThresholdId) => boolean, eea: ThresholdId): Regime {
  if (!reached('regelverkets-nedre-grense')) return 'outside';
  if (kind === 'saerlige-tjenester') return reached(eea) ? 'special-above' : 'special-below';
  if (reached(eea)) return 'parts-one-three';
  return reached('nasjonal') ? 'parts-one-two' : 'part-one';
}

const PART_TEXT: Record<Regime, string> = {
  outside:
    'Anskaffelsesloven og anskaffelsesforskriften gjelder ikke for anskaffelser med anslått verdi under denne grensen.',
  'part-one':
    'Bare del I (alminnelige bestemmelser) gjelder. Del I stiller ikke krav om en bestemt anskaffelsesprosedyre, men de grunnleggende prinsippene gjelder.',
  'parts-one-two': 'Del I og del II (nasjonale prosedyreregler) gjelder.',
  'parts-one-three': 'Del I og del III (prosedyreregler over EØS-terskelverdiene) gjelder.',
  'special-below':
    'Forskriften har egne regler for særlige tjenester, se § 5-2 og vedlegg 2. Verktøyet sier ikke mer om hvilke deler som gjelder; les bestemmelsene.',
  'special-above':
    'Forskriften har egne regler for særlige tjenester, se § 5-2 og vedlegg 2. Verdien er over EØS-terskelverdien for slike tjenester.',
};

const PART_RULE: Record<Regime, RuleId> = {
  outside: 'lower-limit',
  'part-one': 'part-one',
  'parts-one-two': 'parts',
  'parts-one-three': 'parts',
  'special-below': 'special-services',
  'special-above': 'special-services',
};

function consequencesOf(regime: Regime): Consequence[] {
  const part: Consequence = {topic: 'Del av forskriften', text: PART_TEXT[regime], rule: PART_RULE[regime]};
  switch (regime) {
    case 'outside':
      return [part];
    case 'special-below':
      return [
        part,
        {
          topic: 'Kunngjøring',
          text: 'Ingen kunngjøringsplikt under EØS-terskelverdien for særlige tjenester.',
          rule: 'special-services',
        },
      ];
    case 'special-above':
      return [
        part,
        {
          topic: 'Kunngjøring',
          text: 'Anskaffelsen skal kunngjøres, og kunngjøringsreglene i del III gjelder: kunngjør i Doffin, som sender kunngjøringen videre til TED.',
          rule: 'special-services',
        },
      ];
    case 'part-one':
      return [
        part,
        {
          topic: 'Kunngjøring',
          text: 'Ingen kunngjøringsplikt. Dere kan likevel kunngjøre i Doffin.',
          rule: 'announce-national',
        },
        {topic: 'ESPD', text: 'Ikke påkrevd. Dere kan likevel bruke egenerklæringsskjemaet.', rule: 'espd'},
        {
          topic: 'Karensperiode',
          text: 'Del I krever ikke meddelelse, begrunnelse eller karensperiode, men DFØ anbefaler å informere leverandørene om valget og begrunne det.',
          rule: 'standstill',
        },
        {
          topic: 'Rammeavtalens varighet',
          text: 'Kilden nevner fireårsregelen for rammeavtaler bare for del II og del III, ikke for del I.',
          rule: 'framework-duration',
        },
      ];
    case 'parts-one-two':
      return [
        part,
        {topic: 'Kunngjøring', text: 'Kunngjør i Doffin. Unntakene står i § 5-2.', rule: 'announce-national'},
        {topic: 'ESPD', text: 'Ikke påkrevd under EØS-terskelverdien, men dere kan bruke det.', rule: 'espd'},
        {
          topic: 'Karensperiode',
          text: 'Meddel valget av leverandør skriftlig og samtidig til alle, med begrunnelse og karensperiode. Kontrakten kan ikke inngås før karensperioden er ute.',
          rule: 'standstill',
        },
        {
          topic: 'Rammeavtalens varighet',
          text: `En rammeavtale kan som hovedregel ikke inngås for mer enn ${years(FRAMEWORK_MAX_YEARS)} (§ 11-1 (4)).`,
          rule: 'framework-duration',
        },
      ];
    case 'parts-one-three':
      return [
        part,
        {
          topic: 'Kunngjøring',
          text: 'Kunngjør i Doffin, som sender kunngjøringen videre til TED. Anskaffelsen skal ikke kunngjøres andre steder før den er kunngjort i TED; § 21-1 (5) har et unntak.',
          rule: 'announce-eea',
        },
        {
          topic: 'ESPD',
          text: 'Påkrevd: lag en ESPD-forespørsel, og leverandørene skal levere egenerklæringsskjemaet.',
          rule: 'espd',
        },
        {
          topic: 'Karensperiode',
          text: 'Meddel valget av leverandør skriftlig og samtidig til alle, med begrunnelse og karensperiode. Kontrakten kan ikke inngås før karensperioden er ute.',
          rule: 'standstill',
        },
        {
          topic: 'Rammeavtalens varighet',
          text: `En rammeavtale kan som hovedregel ikke inngås for mer enn ${years(FRAMEWORK_MAX_YEARS)} (§ 26-1 (4)).`,
          rule: 'framework-duration',
        },
      ];
  }
}

function staleWarning(check: ThresholdCheck): string | undefined {
  const warning = thresholdWarning(check.state);
  return (
    warning &&
    `${check.name} (${formatThresholdAmount(check.state.period.amount)}): ${warning} Sjekk kilden før dere bygger på resultatet.`
  );
}

/** The thresholds, the part of the regulation and what follows, judged by the values in force on `date`. */
export function applicableRules(
  input: RulesInput,
  date: string,
  table: readonly ThresholdPeriod[] = THRESHOLDS,
): RulesResult {
  const estimated = estimateValue(input);
  if (!estimated.ok) return estimated;
  const {estimate} = estimated;
  const eea = eeaThresholdId(input.buyer, input.kind);
  const ids: ThresholdId[] = ['regelverkets-nedre-grense', 'nasjonal', eea];
  const checks = ids.map((id): ThresholdCheck => {
    const state = thresholdState(id, date, table);
    return {id, name: THRESHOLD_NAMES[id], state, reached: estimate.total >= state.period.amount};
  });
  const reached = (id: ThresholdId) => checks.find((c) => c.id === id)!.reached;
  const regime = regimeOf(input.kind, reached, eea);
  const warnings = checks.map(staleWarning).filter((w): w is string => w !== undefined);
  if (estimate.totalYears > FRAMEWORK_MAX_YEARS && (regime === 'parts-one-two' || regime === 'parts-one-three')) {
    warnings.push(
      `Avtalen varer ${years(estimate.totalYears)} medregnet opsjoner. Er det en rammeavtale, er hovedregelen at den ikke kan inngås for mer enn ${years(FRAMEWORK_MAX_YEARS)}.`,
    );
  }
  return {ok: true, estimate, checks, regime, consequences: consequencesOf(regime), warnings};
}

/** «3 medlemmer, 1 300 000 kroner i året i 4 år (2 år med avtale og 2 år med opsjoner)». */
export function describeEstimate(estimate: Estimate): string {
  const members = estimate.memberCount === 1 ? '1 medlem' : `${formatNumber(estimate.memberCount)} medlemmer`;
  const period =
    estimate.optionYears === 0
      ? years(estimate.totalYears)
      : `${years(estimate.totalYears)} (${years(estimate.years)} avtaleperiode og ${years(estimate.optionYears)} med opsjoner)`;
  return `${members}, ${formatThresholdAmount(estimate.perYear)} i året samlet, i ${period}`;
}

const BUYERS = Object.keys(BUYER_LABELS) as Buyer[];
const KINDS = Object.keys(KIND_LABELS) as Kind[];
const MAX_TEXT = 100;

/**
 * Reads `?kjoper=…&art=…&navn=…&volum=…&ar=…&opsjoner=…`; members are the
 * `navn` and `volum` pairs in order. Unknown choices fall back to the defaults.
 */
export function inputFromSearch(search: string): RulesInput {
  const params = new URLSearchParams(search);
  const buyer = params.get('kjoper') as Buyer;
  const kind = params.get('art') as Kind;
  const names = params.getAll('navn');
  const volumes = params.getAll('volum');
  const count = Math.min(Math.max(names.length, volumes.length), MAX_MEMBERS);
  const members = Array.from({length: count}, (_, i) => ({
    name: (names[i] ?? '').slice(0, MAX_TEXT),
    volume: (volumes[i] ?? '').slice(0, MAX_TEXT),
  }));
  return {
    buyer: BUYERS.includes(buyer) ? buyer : EMPTY_INPUT.buyer,
    kind: KINDS.includes(kind) ? kind : EMPTY_INPUT.kind,
    members: members.length > 0 ? members : [EMPTY_MEMBER],
    years: (params.get('ar') ?? '').slice(0, MAX_TEXT),
    optionYears: (params.get('opsjoner') ?? '').slice(0, MAX_TEXT),
  };
}

/** The query string for an input, "" for the empty form, so an untouched page keeps a clean address. */
export function inputToSearch(input: RulesInput): string {
  const params = new URLSearchParams();
  if (input.buyer !== EMPTY_INPUT.buyer) params.set('kjoper', input.buyer);
  if (input.kind !== EMPTY_INPUT.kind) params.set('art', input.kind);
  const members = input.members.filter((m) => m.name !== '' || m.volume !== '');
  for (const member of members) {
    params.append('navn', member.name);
    params.append('volum', member.volume);
  }
  if (input.years !== '') params.set('ar', input.years);
  if (input.optionYears !== '') params.set('opsjoner', input.optionYears);
  const text = params.toString();
  return text ? `?${text}` : '';
}
