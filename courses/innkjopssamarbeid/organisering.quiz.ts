import type {Quiz} from '@site/src/lib/quiz';
import {PASS_MARK} from '@site/src/data/courses';

const quiz: Quiz = {
  courseId: 'innkjopssamarbeid',
  lessonId: 'organisering',
  title: 'Test deg selv: Organisering',
  passMark: PASS_MARK,
  shuffle: true,
  questions: [
    {
      id: 'vertskommune',
      type: 'single',
      text: 'Hva er en vertskommune i et kommunalt innkjøpssamarbeid?',
      choices: [
        {
          id: 'a',
          text: 'Den kommunen som får de laveste prisene, fordi den står for mest av volumet',
          feedback:
            'Nei. Å være vertskommune handler om hvem som gjør jobben for samarbeidet, ikke om prisene. Kartleggingen tyder heller på at en stor vertskommune får mindre ekstra gevinst av samarbeidet enn de små medlemmene.',
        },
        {
          id: 'b',
          text: 'En kommune med egne ansatte som gjør fellesoppgavene for samarbeidet',
          feedback:
            'Riktig. Vertskommunen setter av egne ansatte til fellesoppgavene, og er ofte den største kommunen i området.',
        },
        {
          id: 'c',
          text: 'Den kommunen som har tur til å arrangere årsmøtet det året',
          feedback:
            'Nei. Vertskommunen er en fast rolle med egne ansatte som jobber for samarbeidet, ikke et vertskap som går på omgang.',
        },
        {
          id: 'd',
          text: 'En kommune utenfor samarbeidet som har fått lov til å bruke avtalene',
          feedback: 'Nei. Vertskommunen er tvert imot selve navet i samarbeidet.',
        },
      ],
      correct: 'b',
      explanation:
        'I mange kommunale samarbeid er det den største kommunen i området som er vertskommune. Den setter av egne ansatte til fellesoppgavene, og de andre medlemmene betaler gjerne for tjenesten.',
    },
    {
      id: 'utlante',
      type: 'single',
      text: 'Hva er den typiske utfordringen når et samarbeid bygger på ansatte som medlemmene låner ut eller frigir?',
      choices: [
        {
          id: 'a',
          text: 'Arbeidet for samarbeidet taper ofte mot oppgavene i egen virksomhet',
          feedback:
            'Riktig. Kartleggingen fant at slike samarbeid ofte mangler kapasitet, og at noen ikke rakk kontraktsoppfølgingen.',
        },
        {
          id: 'b',
          text: 'Medlemmene føler at de står langt unna avtalene og har lite å si',
          feedback:
            'Nei. Leksjonen knytter den utfordringen til samarbeid med egne ansatte. For samarbeid som bygger på medlemmenes folk, fant kartleggingen at kapasiteten ofte ikke strekker til.',
        },
        {
          id: 'c',
          text: 'Regelverket tillater ikke at ansatte fra andre kommuner deltar i en konkurranse',
          feedback: 'Nei. Det finnes ikke noe slikt forbud. Ansatte fra medlemmene kan godt delta i arbeidet.',
        },
      ],
      correct: 'a',
      explanation:
        'Når folk skal jobbe for samarbeidet ved siden av sin vanlige jobb, taper samarbeidet ofte. Derfor anbefaler rapporten tydelig fordeling av roller og ansvar.',
    },
    {
      id: 'formelt',
      type: 'truefalse',
      text: 'Påstand: Et samarbeid som kalles uformelt, har alltid uklar ansvarsfordeling.',
      correct: false,
      explanation:
        'Usant. Rapporten peker på at grensen er uklar: et uformelt nettverk kan ha tydelig arbeidsdeling og god struktur, mens et formelt samarbeid kan ha uklar kommunikasjon.',
    },
    {
      id: 'kommunikasjon',
      type: 'multiple',
      text: 'Hvilke tiltak kan bedre kommunikasjonen mellom samarbeidet og medlemmene? (velg alle som passer)',
      choices: [
        {id: 'a', text: 'En oppdatert avtaleoversikt som alle medlemmer finner'},
        {id: 'b', text: 'Innkalling av alle medlemmer til årsmøte og faste møter for kontaktpersonene'},
        {
          id: 'c',
          text: 'At bare vertskommunen har tilgang til avtalene, så ingen blander dem',
          feedback:
            'Nei. Intervjuene viser at oversikten ofte samles hos vertskommunen, mens bestillerne i de mindre kommunene mangler den. Avtalene må være lette å finne for alle.',
        },
        {id: 'd', text: 'En enkel måte å melde fra om avvik på'},
        {
          id: 'e',
          text: 'Standard e-poster som eneste kanal',
          feedback:
            'Nei. Flere mindre medlemmer fortalte at de bare får standard e-poster og ellers hører lite fra samarbeidet.',
        },
      ],
      correct: ['a', 'b', 'd'],
      explanation:
        'God kommunikasjon krever faste kanaler begge veier: en avtaleoversikt, nyheter om nye avtaler, møteplasser og en enkel vei for tilbakemeldinger.',
    },
    {
      id: 'roller',
      type: 'matching',
      text: 'Koble hver rolle til ansvaret den har.',
      pairs: [
        {
          id: 'styre',
          left: 'Styringsgruppe eller årsmøte',
          right: 'Vedtar mandat, prioriteringer og budsjett',
        },
        {
          id: 'enhet',
          left: 'Innkjøpsenheten i samarbeidet',
          right: 'Gjennomfører konkurransene og har oversikt over alle avtalene',
        },
        {
          id: 'kontakt',
          left: 'Kontaktperson hos medlemmet',
          right: 'Melder inn behov og gjør nye avtaler kjent i egen virksomhet',
        },
        {
          id: 'referanse',
          left: 'Fagperson i referansegruppe',
          right: 'Hjelper til med behov og krav i én bestemt anskaffelse',
        },
        {
          id: 'bestiller',
          left: 'Bestiller hos medlemmet',
          right: 'Bruker avtalene i det daglige og sier fra når noe ikke fungerer',
        },
      ],
      explanation:
        'Når rollene er skrevet ned og kjent for alle, blir det lettere å se hvem som skal gjøre hva, og færre oppgaver faller mellom to stoler.',
    },
    {
      id: 'avtaleflyt',
      type: 'ordering',
      text: 'Sett trinnene i riktig rekkefølge, fra samarbeidet inngår en ny avtale til den er i bruk hos medlemmet.',
      items: [
        {id: 'inngaa', text: 'Samarbeidet inngår avtalen'},
        {id: 'oversikt', text: 'Avtalen legges inn i avtaleoversikten'},
        {id: 'varsle', text: 'Samarbeidet varsler kontaktpersonene hos medlemmene'},
        {id: 'internt', text: 'Kontaktpersonen gjør avtalen kjent i egen virksomhet'},
        {id: 'bruk', text: 'Bestillerne tar avtalen i bruk'},
        {id: 'tilbake', text: 'Erfaringer og avvik meldes tilbake til samarbeidet'},
      ],
      explanation:
        'En ny avtale må gjennom hele kjeden for å bli brukt. Brytes den ett sted, for eksempel fordi kontaktpersonen ikke har tid til å informere internt, blir avtalen lite brukt.',
    },
  ],
};

export default quiz;
