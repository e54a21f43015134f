import {describe, expect, it} from 'vitest';
import {
  EMPTY_INPUT,
  applicableRules,
  describeEstimate,
  eeaThresholdId,
  estimateValue,
  inputFromSearch,
  inputToSearch,
  parseKroner,
  parseYears,
  type Buyer,
  type Kind,
  type Regime,
  type RulesInput,
} from '@site/src/lib/applicableRules';
import {RULE_REFERENCES} from '@site/src/data/procurementRules';
import {THRESHOLDS, thresholdAt, type ThresholdId, type ThresholdPeriod} from '@site/src/data/thresholds';

const DAY = '2025-06-01';
const amount = (id: ThresholdId) => thresholdAt(id, DAY)!.amount;

const input = (change: Partial<RulesInput>): RulesInput => ({...EMPTY_INPUT, years: '1', ...change});
const oneYear = (total: number, buyer: Buyer, kind: Kind) =>
  input({buyer, kind, members: [{name: 'Kommune', volume: String(total)}]});

function regimeFor(total: number, buyer: Buyer, kind: Kind): Regime {
  const result = applicableRules(oneYear(total, buyer, kind), DAY);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.regime;
}

describe('parseKroner', () => {
  it.each([
    ['1 300 000', 1_300_000],
    ['1300000', 1_300_000],
    ['1\u00a0300\u00a0000', 1_300_000],
    ['1\u202f300\u202f000', 1_300_000],
    ['1.300.000', 1_300_000],
    ['1 300 000 kr', 1_300_000],
    ['1 300 000,-', 1_300_000],
    ['1,3 mill', 1_300_000],
    ['1,3 millioner', 1_300_000],
    ['2.3 mill.', 2_300_000],
    ['0', 0],
  ])('reads %j as %d', (text, value) => {
    expect(parseKroner(text)).toEqual({ok: true, value});
  });

  it.each([
    ['', 'Fyll inn beløpet i kroner.'],
    ['   ', 'Fyll inn beløpet i kroner.'],
    ['-5', 'Beløpet kan ikke være negativt.'],
    ['mye', 'Skriv beløpet med tall, for eksempel 1 300 000 eller 1,3 mill.'],
    ['1 300 000,50', 'Skriv hele kroner, uten øre.'],
    ['1,2345678 mill', 'Skriv hele kroner, uten øre.'],
    ['1..3', 'Skriv beløpet med tall, for eksempel 1 300 000 eller 1,3 mill.'],
    ['99999999999999', 'Beløpet er urimelig stort. Sjekk at det er skrevet riktig.'],
  ])('refuses %j with a Norwegian message', (text, message) => {
    expect(parseKroner(text)).toEqual({ok: false, message});
  });
});

describe('parseYears', () => {
  it('reads whole years and treats an empty option field as none', () => {
    expect(parseYears('2', {min: 1})).toEqual({ok: true, value: 2});
    expect(parseYears('3 år', {min: 1})).toEqual({ok: true, value: 3});
    expect(parseYears('', {min: 0, emptyIs: 0})).toEqual({ok: true, value: 0});
  });

  it('refuses what is not a whole number of years in range', () => {
    expect(parseYears('', {min: 1})).toEqual({ok: false, message: 'Fyll inn antall år.'});
    expect(parseYears('1,5', {min: 1})).toEqual({ok: false, message: 'Skriv antall hele år med tall, for eksempel 2.'});
    expect(parseYears('0', {min: 1})).toEqual({ok: false, message: 'Skriv et antall år mellom 1 og 50.'});
    expect(parseYears('51', {min: 0})).toEqual({ok: false, message: 'Skriv et antall år mellom 0 og 50.'});
  });
});

describe('estimateValue', () => {
  it('adds every member and counts the whole period with options', () => {
    const result = estimateValue(
      input({
        members: [
          {name: 'Ås', volume: '400 000'},
          {name: 'Vestby', volume: '250 000'},
          {name: 'Frogn', volume: '1,1 mill'},
        ],
        years: '2',
        optionYears: '2',
      }),
    );
    expect(result).toEqual({
      ok: true,
      estimate: {memberCount: 3, perYear: 1_750_000, years: 2, optionYears: 2, totalYears: 4, total: 7_000_000},
    });
    if (result.ok)
      expect(describeEstimate(result.estimate).replace(/\u00a0/g, ' ')).toBe(
        '3 medlemmer, 1 750 000 kroner ekskl. mva. i året samlet, i 4 år (2 år avtaleperiode og 2 år med opsjoner)',
      );
  });

  it('names each bad field and never computes with it', () => {
    expect(
      estimateValue(
        input({
          members: [
            {name: 'A', volume: '100'},
            {name: 'B', volume: 'x'},
          ],
          years: '0',
          optionYears: 'to',
        }),
      ),
    ).toEqual({
      ok: false,
      errors: {
        members: [undefined, 'Skriv beløpet med tall, for eksempel 1 300 000 eller 1,3 mill.'],
        years: 'Skriv et antall år mellom 1 og 50.',
        optionYears: 'Skriv antall hele år med tall, for eksempel 2.',
      },
    });
  });
});

describe('thresholds, one krone under, at and one krone over', () => {
  const cases: [string, ThresholdId, Buyer, Kind, Regime, Regime][] = [
    ['lower limit', 'regelverkets-nedre-grense', 'annen', 'varer-tjenester', 'outside', 'part-one'],
    ['national threshold', 'nasjonal', 'annen', 'varer-tjenester', 'part-one', 'parts-one-two'],
    ['national threshold, works', 'nasjonal', 'annen', 'bygg-anlegg', 'part-one', 'parts-one-two'],
    ['EØS, state authorities', 'eos-statlig', 'statlig', 'varer-tjenester', 'parts-one-two', 'parts-one-three'],
    ['EØS, other authorities', 'eos-andre', 'annen', 'varer-tjenester', 'parts-one-two', 'parts-one-three'],
    ['EØS, works', 'eos-bygg-anlegg', 'statlig', 'bygg-anlegg', 'parts-one-two', 'parts-one-three'],
    [
      'EØS, special services',
      'eos-saerlige-tjenester',
      'annen',
      'saerlige-tjenester',
      'special-below',
      'special-above',
    ],
  ];

  it.each(cases)('%s', (_, id, buyer, kind, below, reached) => {
    const threshold = amount(id);
    expect(regimeFor(threshold - 1, buyer, kind)).toBe(below);
    // «lik eller overstiger»: a value equal to the threshold reaches it.
    expect(regimeFor(threshold, buyer, kind)).toBe(reached);
    expect(regimeFor(threshold + 1, buyer, kind)).toBe(reached);
  });

  it('picks the EØS threshold for the buyer and what is bought', () => {
    expect(eeaThresholdId('statlig', 'varer-tjenester')).toBe('eos-statlig');
    expect(eeaThresholdId('annen', 'varer-tjenester')).toBe('eos-andre');
    expect(eeaThresholdId('statlig', 'bygg-anlegg')).toBe('eos-bygg-anlegg');
    expect(eeaThresholdId('annen', 'saerlige-tjenester')).toBe('eos-saerlige-tjenester');
  });

  it('reports each threshold checked and whether the value reached it', () => {
    const result = applicableRules(oneYear(amount('eos-andre'), 'annen', 'varer-tjenester'), DAY);
    if (!result.ok) throw new Error('valid input');
    expect(result.checks.map((c) => [c.id, c.reached])).toEqual([
      ['regelverkets-nedre-grense', true],
      ['nasjonal', true],
      ['eos-andre', true],
    ]);
  });
});

describe('what follows', () => {
  it('above EØS: Doffin and TED, ESPD, standstill and the four-year rule of § 26-1, each with its source', () => {
    const result = applicableRules(
      input({
        members: [
          {name: 'A', volume: '2 mill'},
          {name: 'B', volume: '2 mill'},
        ],
        years: '2',
        optionYears: '1',
      }),
      DAY,
    );
    if (!result.ok) throw new Error('valid input');
    expect(result.estimate.total).toBe(12_000_000);
    expect(result.regime).toBe('parts-one-three');
    expect(result.consequences.map((c) => [c.topic, c.rule])).toEqual([
      ['Del av forskriften', 'parts'],
      ['Kunngjøring', 'announce-eea'],
      ['ESPD', 'espd'],
      ['Karensperiode', 'standstill'],
      ['Rammeavtalens varighet', 'framework-duration'],
    ]);
    expect(result.consequences[1]!.text).toMatch(/Doffin.*TED/);
    expect(result.consequences[4]!.text).toMatch(/§ 26-1 \(4\)/);
    expect(result.warnings).toEqual([]);
    for (const c of result.consequences) expect(RULE_REFERENCES[c.rule].source.url).toMatch(/^https:\/\//);
  });

  it('under the national threshold: only part I and no duty to announce', () => {
    const result = applicableRules(oneYear(500_000, 'annen', 'varer-tjenester'), DAY);
    if (!result.ok) throw new Error('valid input');
    expect(result.consequences[0]!.text).toMatch(/^Bare del I/);
    expect(result.consequences[1]!.text).toMatch(/^Ingen kunngjøringsplikt/);
  });

  it('warns when the duration with options passes the four-year main rule', () => {
    const result = applicableRules(
      input({members: [{name: 'A', volume: '1 mill'}], years: '3', optionYears: '2'}),
      DAY,
    );
    if (!result.ok) throw new Error('valid input');
    expect(result.warnings.map((w) => w.replace(/\u00a0/g, ' '))).toEqual([
      'Avtalen varer 5 år medregnet opsjoner. Er det en rammeavtale, er hovedregelen at den ikke kan inngås for mer enn 4 år.',
    ]);
  });

  it('warns when a threshold it used is due for revision', () => {
    const result = applicableRules(oneYear(3_000_000, 'annen', 'varer-tjenester'), '2026-12-01');
    if (!result.ok) throw new Error('valid input');
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(
      /^EØS-terskelverdi for varer og tjenester, andre .* kan være erstattet\. Sjekk kilden/,
    );
  });

  it('warns when the newest period of a threshold it used has ended', () => {
    const ended: ThresholdPeriod[] = [
      ...THRESHOLDS.filter((t) => t.id !== 'eos-andre'),
      {...thresholdAt('eos-andre', DAY)!, validTo: '2025-12-31', revisionDue: undefined},
    ];
    const result = applicableRules(oneYear(3_000_000, 'annen', 'varer-tjenester'), '2026-01-01', ended);
    if (!result.ok) throw new Error('valid input');
    expect(result.regime).toBe('parts-one-three');
    expect(result.warnings.join(' ')).toMatch(/Perioden for denne verdien sluttet 31\. desember 2025/);
  });
});

describe('URL state', () => {
  it('round-trips an input through the query string', () => {
    const filled: RulesInput = {
      buyer: 'statlig',
      kind: 'bygg-anlegg',
      members: [
        {name: 'Ås kommune', volume: '1 300 000'},
        {name: '', volume: '2,5 mill'},
      ],
      years: '2',
      optionYears: '1',
    };
    const search = inputToSearch(filled);
    expect(search).toContain('kjoper=statlig');
    expect(inputFromSearch(search)).toEqual(filled);
  });

  it('keeps the address clean for an untouched form and falls back on unknown values', () => {
    expect(inputToSearch(EMPTY_INPUT)).toBe('');
    expect(inputFromSearch('?kjoper=konge&art=%3Cscript%3E')).toEqual(EMPTY_INPUT);
  });

  it('limits the number of members and the length of what is read', () => {
    const many = Array.from({length: 150}, (_, i) => `navn=${i}&volum=1`).join('&');
    expect(inputFromSearch(`?${many}`).members).toHaveLength(100);
    expect(inputFromSearch(`?ar=${'9'.repeat(500)}`).years).toHaveLength(100);
  });
});
