import type {Quiz} from '@site/src/lib/quiz';
import {PASS_MARK} from '@site/src/data/courses';

const quiz: Quiz = {
  courseId: 'anskaffelsesprosessen',
  lessonId: 'konkurranse-og-tildeling',
  title: 'Test deg selv: Konkurranse og tildeling',
  passMark: PASS_MARK,
  shuffle: true,
  questions: [
    {
      id: 'sistefaser',
      type: 'ordering',
      text: 'Sett fasene fra tildeling til evaluering i riktig rekkefølge.',
      items: [
        {id: 'tildeling', text: 'Tildeling'},
        {id: 'implementering', text: 'Implementering'},
        {id: 'kontraktsoppfolging', text: 'Kontraktsoppfølging'},
        {id: 'gevinst', text: 'Gevinstrealisering og rapportering'},
        {id: 'evaluering', text: 'Evaluering'},
      ],
      explanation:
        'Etter tildelingen tas avtalen i bruk, deretter følges den opp. Gevinstene kan først måles og rapporteres når avtalen har vært i bruk en stund, og evalueringen samler lærdommen til neste behovskartlegging.',
    },
    {
      id: 'jus',
      type: 'single',
      text: 'Hvorfor er juridisk kvalitetssikring av konkurransegrunnlaget ekstra viktig i et innkjøpssamarbeid?',
      choices: [
        {
          id: 'a',
          text: 'Fordi en feil i konkurransen rammer alle medlemmene samtidig',
          feedback: 'Riktig. Når mange virksomheter står bak samme konkurranse, får en feil store følger.',
        },
        {
          id: 'b',
          text: 'Fordi samarbeid har strengere regler enn virksomheter som kjøper alene',
          feedback: 'Det er det samme regelverket, men konsekvensene av feil blir større.',
        },
        {
          id: 'c',
          text: 'Fordi leverandørene krever at en jurist har skrevet alt',
          feedback: 'Det er ikke et krav fra leverandørene. Poenget er kvaliteten og risikoen for medlemmene.',
        },
        {
          id: 'd',
          text: 'Fordi juristen skal evaluere tilbudene og velge vinneren',
          feedback: 'Vinneren velges etter de kunngjorte kriteriene. Juristen kvalitetssikrer grunnlaget og prosessen.',
        },
      ],
      correct: 'a',
      explanation:
        'Mange virksomheter etterlyser juridisk kompetanse når kontrakter og konkurransegrunnlag skal utformes. I et samarbeid gjelder avtalen mange medlemmer, så feil får større konsekvenser.',
    },
    {
      id: 'karensperiode',
      type: 'truefalse',
      text: 'Påstand: Samarbeidet har kunngjort en konkurranse om en ny rammeavtale over EØS-terskelverdiene. Avtalen kan signeres samme dag som leverandørene får beskjed om hvem som vant.',
      correct: false,
      explanation:
        'Usant. I en slik konkurranse skal meddelelsen om tildeling angi en karensperiode, og avtalen kan ikke inngås før den er over (anskaffelsesforskriften §§ 25-1 og 25-2). Karensperioden gir leverandørene som tapte, tid til å klage. Kravet har unntak: Det gjelder for eksempel ikke når en kontrakt tildeles under en rammeavtale som allerede er inngått, eller under en dynamisk innkjøpsordning.',
    },
    {
      id: 'del-etter-verdi',
      type: 'single',
      text: 'Ti kommuner skal kjøpe inn sammen. Hver kommune kjøper for mindre enn nasjonal terskelverdi, men til sammen er verdien over EØS-terskelverdien. Hvilke deler av anskaffelsesforskriften gjelder?',
      choices: [
        {
          id: 'a',
          text: 'Del I og del III, fordi verdien for alle regnes sammen',
          feedback:
            'Riktig. Verdien regnes for alle medlemmene som skal bruke avtalen, og over EØS-terskelverdien gjelder del III i tillegg til del I.',
        },
        {
          id: 'b',
          text: 'Bare del I, fordi hver kommune for seg kjøper for lite til å passere en grense',
          feedback:
            'Nei. Det er den samlede verdien for alle som skal kjøpe på avtalen, som teller (anskaffelsesforskriften § 5-4).',
        },
        {
          id: 'c',
          text: 'Del II, fordi et innkjøpssamarbeid alltid følger de nasjonale reglene',
          feedback:
            'Nei. Et samarbeid følger de samme reglene som andre oppdragsgivere, og verdien avgjør hvilken del som gjelder.',
        },
        {
          id: 'd',
          text: 'Ingen av delene, fordi felles kjøp er unntatt fra forskriften',
          feedback: 'Nei. Felles kjøp er ikke unntatt. Reglene gjelder på samme måte, og verdien regnes samlet.',
        },
      ],
      correct: 'a',
      explanation:
        'Den anslåtte verdien er alt samarbeidet regner med å betale, for alle medlemmene og hele perioden med opsjoner (anskaffelsesforskriften § 5-4). Kjøpet kan ikke deles opp for å komme under en grense. Over EØS-terskelverdiene gjelder del III sammen med del I (§§ 5-1 og 5-3).',
    },
    {
      id: 'ted',
      type: 'truefalse',
      text: 'Påstand: En konkurranse over EØS-terskelverdiene er godt nok kunngjort når den står på Doffin. Kunngjøring i TED er frivillig.',
      correct: false,
      explanation:
        'Usant. Over EØS-terskelverdiene skal konkurransen kunngjøres i TED. Doffin sender kunngjøringen videre, og fristene regnes fra dagen den sendes til TED (anskaffelsesforskriften §§ 21-1 og 21-2). Mellom nasjonal terskelverdi og EØS-terskelverdiene er hovedregelen kunngjøring på Doffin (§ 8-17).',
    },
    {
      id: 'rammeavtale-kunngjoring',
      type: 'multiple',
      text: 'Samarbeidet skal kunngjøre en felles rammeavtale. Hva må kunngjøringen og konkurransedokumentene få med? (velg alle som passer)',
      choices: [
        {id: 'a', text: 'Anslått mengde eller verdi for hele avtaleperioden'},
        {id: 'b', text: 'Største mengde eller verdi som kan kjøpes'},
        {id: 'c', text: 'Hvilke medlemmer som kan gjøre avrop'},
        {
          id: 'd',
          text: 'Hvilken leverandør samarbeidet helst vil ha, så de andre slipper å gi tilbud',
          feedback:
            'Nei. Det ville bryte med likebehandling av leverandørene. Valget skal følge de kunngjorte tildelingskriteriene.',
        },
      ],
      correct: ['a', 'b', 'c'],
      explanation:
        'EU-domstolen slo fast i sak C-23/20 at kunngjøringen av en rammeavtale skal oppgi både anslått og største mengde eller verdi, og at avtalen ikke lenger har virkning når taket er nådd. Bare partene i den kunngjorte avtalen kan bruke den, så hvert medlem som skal gjøre avrop, må være navngitt.',
    },
    {
      id: 'gap',
      type: 'multiple',
      text: 'Hva forklarer ifølge kartleggingen at medlemmer ikke vet hvilke avtaler samarbeidet har inngått? (velg alle som passer)',
      choices: [
        {id: 'a', text: 'Noen kommuner mangler kapasitet til å fortelle internt om avtalene'},
        {id: 'b', text: 'Mindre virksomheter hører lite fra samarbeidet utover standard e-post'},
        {
          id: 'c',
          text: 'Leverandørene vil ikke opplyse medlemmene om hvilke avtaler de har med samarbeidet',
          feedback:
            'Rapporten sier ikke dette. Gapet ligger i kommunikasjonen mellom samarbeidet og medlemmene, og internt hos medlemmene.',
        },
        {id: 'd', text: 'Vertskommunen har oversikt, men brukerne i mindre kommuner mangler rutiner'},
      ],
      correct: ['a', 'b', 'd'],
      explanation:
        'Svak kommunikasjon fra samarbeidet og svak forankring i egen virksomhet er blant de vanligste svakhetene. Oversikten finnes ofte hos vertskommunen, men når ikke fram til alle.',
    },
    {
      id: 'plan',
      type: 'matching',
      text: 'Koble hvert tiltak i implementeringsplanen til hva det skal oppnå.',
      pairs: [
        {id: 'oversikt', left: 'Kort avtaleoversikt', right: 'Viser hva avtalen dekker, og når den starter'},
        {id: 'bestilling', left: 'Bestillingsveiledning', right: 'Gjør det lett for de ansatte å bestille riktig'},
        {id: 'oppstart', left: 'Digitalt oppstartsmøte', right: 'Lar alle kontaktpersonene møte leverandøren samtidig'},
        {
          id: 'bekreftelse',
          left: 'Bekreftelse fra hvert medlem',
          right: 'Viser at avtalen faktisk er gjort kjent internt',
        },
      ],
      explanation:
        'Implementeringsplanen skal gjøre det enkelt for kontaktpersonen å nå ut i egen virksomhet, og gi samarbeidet beskjed om hvem som ikke er nådd ennå.',
    },
    {
      id: 'forberede',
      type: 'multiple',
      text: 'Hva bør samarbeidet legge til rette for allerede i konkurransen, slik at oppfølgingen senere blir mulig? (velg alle som passer)',
      choices: [
        {id: 'a', text: 'Tydelige priser og regler for prisregulering i kontrakten'},
        {id: 'b', text: 'Krav om at leverandøren rapporterer hva medlemmene kjøper'},
        {
          id: 'c',
          text: 'Å vente med å måle dagens priser til avtalen har vart en stund',
          feedback: 'Da mangler dere utgangspunktet å måle gevinsten mot. Det må måles før avtalen starter.',
        },
        {id: 'd', text: 'Rutiner for å melde og lukke avvik'},
      ],
      correct: ['a', 'b', 'd'],
      explanation:
        'Kontraktsoppfølging og gevinstrealisering krever tydelige priser, data om bruken av avtalen, rutiner for avvik og et utgangspunkt som er målt før avtalestart.',
    },
  ],
};

export default quiz;
