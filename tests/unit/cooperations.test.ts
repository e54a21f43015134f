import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {COOPERATIONS, type MemberType} from '@site/src/data/cooperations';
import {COUNTIES, COUNTY_CHANGES, MUNICIPALITY_MOVES} from '@site/src/data/counties';
import {foldText} from '@site/src/lib/text';

/** The report text with words broken over lines joined again and whitespace collapsed. */
const report = readFileSync(path.resolve(__dirname, '../fixtures/kartlegging-innkjopssamarbeid-2018.txt'), 'utf8')
  .replace(/-[ \t]*\n\s*/g, '-')
  .replace(/\s+/g, ' ');

/** The numbers a sentence of the report states, in order; fails when the report has no such sentence. */
function stated(sentence: RegExp): number[] {
  const match = report.match(sentence);
  if (!match) throw new Error(`The report text has no sentence matching ${sentence}`);
  return match.slice(1).map(Number);
}

const combination = (members: readonly MemberType[]): string => members.join('+');
const countBy = (key: string): number => COOPERATIONS.filter((c) => combination(c.members) === key).length;

describe('COOPERATIONS (Vedlegg 2)', () => {
  it('lists as many cooperations as the report mapped', () => {
    const [total] = stated(/avdekket (\d+) innkjøpssamarbeid i Norge/);
    expect(COOPERATIONS).toHaveLength(total!);
  });

  it('has unique slug ids and unique names', () => {
    const ids = COOPERATIONS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
    const names = COOPERATIONS.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) {
      expect(name.trim()).toBe(name);
      // Stray trailing punctuation from the PDF is dropped («Kongsbergregionen.»); «etc.» stays.
      expect(name).not.toMatch(/(,|(?<!etc)\.)$/);
    }
  });

  it('splits the cooperations between the sectors as the Sammendrag does', () => {
    const [municipal, state] = stated(
      /For kommunal og fylkeskommunal sektor ble det avdekket (\d+) innkjøpssamarbeid, mens det i statlig sektor ble avdekket (\d+)/,
    );
    expect(COOPERATIONS.filter((c) => c.sector === 'kommunal')).toHaveLength(municipal!);
    expect(COOPERATIONS.filter((c) => c.sector === 'statlig')).toHaveLength(state!);
    expect(countBy('statlige')).toBe(state);
  });

  it('has the member combinations the Sammendrag gives, except the purely county-level ones', () => {
    const [municipalOnly, , municipalAndCounty] = stated(
      /var (\d+) rene kommunale, (\d+) rent fylkeskommunalt og (\d+) samarbeid var en kombinasjon av kommunale og fylkeskommunale/,
    );
    const [municipalAndState, allThree, countyAndState] = stated(
      /kartlagt (\d+) samarbeid mellom kommuner og statlige virksomheter, (\d+) samarbeid mellom kommuner, fylkeskommuner og statlige virksomheter og (\d+) samarbeid mellom fylkeskommuner og statlige/,
    );
    expect(countBy('kommuner')).toBe(municipalOnly);
    expect(countBy('kommuner+fylkeskommuner')).toBe(municipalAndCounty);
    expect(countBy('kommuner+statlige')).toBe(municipalAndState);
    expect(countBy('kommuner+fylkeskommuner+statlige')).toBe(allThree);
    expect(countBy('fylkeskommuner+statlige')).toBe(countyAndState);
    // The Sammendrag says 1 purely county-level cooperation, but the annex lists 4 with «Fylkeskommuner»
    // only: FKN, NDLA, FI and «Samarbeid fylkesmennene i landet». With the annex's 4 the combinations add
    // up to the sector total the report gives, so the data follows the annex; the sector test above holds it to that.
  });

  it('takes the members named from the annex out of the cooperation’s own name there', () => {
    const fromAnnex = COOPERATIONS.filter((c) => c.namedMembers?.source === 'Vedlegg 2');
    expect(fromAnnex.length).toBeGreaterThan(0);
    for (const c of fromAnnex) {
      for (const member of c.namedMembers!.names) {
        const core = member.replace(/ (fylkes)?kommune$/, '');
        expect(foldText(c.name), member).toContain(foldText(core));
      }
    }
  });

  it('keeps members in the order kommuner, fylkeskommuner, statlige, without repeats', () => {
    const order: readonly MemberType[] = ['kommuner', 'fylkeskommuner', 'statlige'];
    for (const c of COOPERATIONS) {
      expect(c.members.length).toBeGreaterThan(0);
      expect([...c.members]).toEqual(order.filter((m) => c.members.includes(m)));
    }
  });

  it('ties sector to members', () => {
    for (const c of COOPERATIONS) {
      if (c.sector === 'statlig') {
        expect([...c.members]).toEqual(['statlige']);
      } else {
        expect(c.members.includes('kommuner') || c.members.includes('fylkeskommuner')).toBe(true);
      }
    }
  });
});

describe('COUNTIES (figur 1 and «Kommuner uten innkjøpssamarbeid»)', () => {
  // The report writes «Sør Trøndelag»; the data uses the county's proper name.
  const reportName = (name: string) => (name === 'Sør-Trøndelag' ? 'Sør Trøndelag' : name);
  const countyPage = report.slice(
    report.indexOf('Det var 61 av landets'),
    report.indexOf('Kommuner uten innkjøpssamarbeid'),
  );
  const figure1 = report.slice(report.indexOf('Figur 1: Antall registrerte'), report.indexOf('* Forkortelsene'));
  const countyNames = (text: string) => COUNTIES.map((c) => reportName(c.name)).filter((n) => text.includes(`${n}:`));
  /** What a page says about one county: from «<name>:» to the next county's name. */
  function statementIn(page: string, name: string): string {
    const start = page.indexOf(`${reportName(name)}:`);
    const next = countyNames(page)
      .map((n) => page.indexOf(`${n}:`))
      .filter((i) => i > start)
      .sort((a, b) => a - b)[0];
    return page.slice(start, next);
  }
  const countyStatement = (name: string) => statementIn(countyPage, name);

  it('names as members in figure 1 only county municipalities whose county text puts them in the cooperation', () => {
    const fromFigure = COOPERATIONS.filter((c) => c.namedMembers?.source === 'Figur 1');
    expect(fromFigure.length).toBeGreaterThan(0);
    for (const c of fromFigure) {
      for (const member of c.namedMembers!.names) {
        const countyName = member.replace(/ fylkeskommune$/, '');
        expect(
          COUNTIES.map((county) => county.name),
          member,
        ).toContain(countyName);
        const statement = statementIn(figure1, countyName);
        expect(statement, member).toContain('Fylkeskommunen');
        expect(statement, member).toContain(c.abbreviation!);
      }
    }
  });

  it('says Hornindal is the one municipality in Sogn og Fjordane outside SFFI, as both county pages do', () => {
    expect(statementIn(figure1, 'Sogn og Fjordane')).toMatch(/Kun Hornindal er ikke med/);
    expect(countyStatement('Sogn og Fjordane')).toMatch(/Kun en kommune er ikke med i SFFI, Hornindal/);
    const sognOgFjordane = COUNTIES.find((c) => c.id === 'sogn-og-fjordane')!;
    expect(sognOgFjordane.municipalitiesOutside).toBe(1);
    expect(sognOgFjordane.outsideNote).toMatch(/Hornindal.*SFFI/);
  });

  it('maps every 2017 county to a county of 2020 and of today, as the sources list them', () => {
    // KS, «Noen fakta om Norges fylker fra 2020»: the eleven counties from 2020.
    const from2020 = ['Troms og Finnmark', 'Nordland', 'Trøndelag', 'Møre og Romsdal', 'Vestland', 'Rogaland'].concat([
      'Agder',
      'Vestfold og Telemark',
      'Viken',
      'Oslo',
      'Innlandet',
    ]);
    // Regjeringen, «Nye kommunar og fylkeskommunar frå 1. januar 2024»: three split into seven.
    const split = {
      Viken: ['Akershus', 'Buskerud', 'Østfold'],
      'Vestfold og Telemark': ['Vestfold', 'Telemark'],
      'Troms og Finnmark': ['Troms', 'Finnmark'],
    } as Record<string, string[]>;
    for (const c of COUNTIES) {
      expect(from2020, c.name).toContain(c.county2020);
      expect(split[c.county2020] ?? [c.county2020], c.name).toContain(c.countyToday);
    }
    expect(COUNTY_CHANGES.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const source of [...COUNTY_CHANGES.sources, ...MUNICIPALITY_MOVES.flatMap((m) => m.sources)]) {
      expect(source.url).toMatch(/^https?:\/\/(www\.)?(regjeringen\.no|ks\.no|ny\.kartverket\.no|fylkesmannen\.no)\//);
    }
  });

  it('has one entry per county on the county page, with unique ids', () => {
    expect(countyNames(countyPage)).toHaveLength(COUNTIES.length);
    const ids = COUNTIES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('takes the municipalities outside from what the county page states', () => {
    for (const c of COUNTIES) {
      const statement = countyStatement(c.name);
      if (c.municipalitiesOutside === null) expect(statement, c.name).not.toMatch(/\d|\balle\b/i);
      else if (c.municipalitiesOutside === 0) expect(statement, c.name).toMatch(/\balle\b/i);
      else {
        // «Kun en kommune» is how the page writes one.
        const written = c.municipalitiesOutside === 1 ? '(?:1|en)' : String(c.municipalitiesOutside);
        expect(statement, c.name).toMatch(new RegExp(`\\b${written} kommuner?\\b|\\b${written} av \\d+ kommuner\\b`));
      }
    }
  });

  it('takes each county’s total from the report, and never has more municipalities outside than it', () => {
    for (const c of COUNTIES) {
      if (c.municipalitiesTotal !== undefined) {
        expect(report, c.name).toMatch(new RegExp(`${reportName(c.name)}:[^:]*\\b${c.municipalitiesTotal}\\b`));
        expect(c.municipalitiesOutside ?? 0).toBeLessThanOrEqual(c.municipalitiesTotal);
      }
    }
  });

  it('adds up to no more municipalities outside than the report counts for the whole country', () => {
    const [outside] = stated(/Det var (\d+) av landets \d+ kommuner som ikke tok del/);
    const sum = COUNTIES.reduce((total, c) => total + (c.municipalitiesOutside ?? 0), 0);
    // The county page adds up to fewer than the report's own total (61 of 426 in the 2018 report);
    // the report does not say where the rest are, so the data is left as stated.
    expect(sum).toBeLessThanOrEqual(outside!);
  });

  it('names in figure 1 only what the report names, each found among the cooperations', () => {
    // The data spells names correctly where figure 1 has a typo or a second spelling: «Trondheimregionen»
    // (the annex: «Trondheimsregionen»), «KnSI» (the annex: «KnSi»), «Sunnhordaland» (the place: Sunnhordland).
    const reportSpellings: Record<string, string> = {
      Trondheimsregionen: 'Trondheimregionen',
      KnSi: 'KnSI',
      Sunnhordland: 'Sunnhordaland',
    };
    const isAbbreviation = (name: string) => /^[\p{L}]+$/u.test(name) && (name.match(/\p{Lu}/gu)?.length ?? 0) > 1;
    for (const short of COUNTIES.flatMap((c) => c.named)) {
      expect(report, short).toContain(reportSpellings[short] ?? short);
      const wanted = short.toLowerCase();
      const match = COOPERATIONS.find((c) =>
        isAbbreviation(short)
          ? c.abbreviation?.toLowerCase() === wanted || c.name.toLowerCase() === wanted
          : c.abbreviation?.toLowerCase() === wanted || c.name.toLowerCase().includes(wanted),
      );
      expect(match, `${short} in COOPERATIONS`).toBeDefined();
    }
  });
});
