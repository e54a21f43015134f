/**
 * The 96 procurement cooperations listed in the report's annex 2
 * («Vedlegg 2: Kartlagte innkjøpssamarbeid»), as the annex writes them.
 */

/** Member types in the combinations the annex uses. */
export type MemberType = 'kommuner' | 'fylkeskommuner' | 'statlige';

/** The report's split: 74 in municipal/county sector, 22 in state sector (Sammendrag). */
export type Sector = 'kommunal' | 'statlig';

export type Cooperation = {
  /** Stable slug, unique. */
  id: string;
  /** Name as in the annex, with obvious typos corrected and the abbreviation removed from the name. */
  name: string;
  /** Abbreviation where the annex (or figure 1's county text) gives one, e.g. "ØRIK". */
  abbreviation?: string;
  /** Member types as the annex's «Medlemmer» column gives them, in the order kommuner, fylkeskommuner, statlige. */
  members: readonly MemberType[];
  sector: Sector;
  /** Members the report names, where it names any; the mapping did not list members for most cooperations. */
  namedMembers?: NamedMembers;
};

/**
 * Members named by the report: in the cooperation's own name in the annex («Melhus og Skaun»), or in figure 1's
 * county text («Fylkeskommunen og alle kommuner er med i BTV» under Buskerud). Never a complete list unless the
 * name itself is one; the page says so.
 */
export type NamedMembers = {
  source: 'Vedlegg 2' | 'Figur 1';
  names: readonly string[];
};

export const COOPERATIONS: readonly Cooperation[] = [
  // Left column of the annex table, top to bottom.
  {
    id: 'orik',
    name: 'Øvre Romerike innkjøpssamarbeid',
    abbreviation: 'ØRIK',
    members: ['kommuner'],
    sector: 'kommunal',
  },
  {
    id: 'varnesregionen-innkjopssamarbeid',
    name: 'Værnesregionen innkjøpssamarbeid',
    members: ['kommuner'],
    sector: 'kommunal',
  },
  {
    id: 'sunnhordaland-interkommunale-innkjopsforum',
    name: 'Sunnhordland interkommunale innkjøpsforum',
    members: ['kommuner'],
    sector: 'kommunal',
  },
  {
    id: 'lillehammer-oyer-og-gausdal-innkjopssamarbeid',
    name: 'Kommunene Lillehammer, Øyer og Gausdal innkjøpssamarbeid',
    members: ['kommuner'],
    sector: 'kommunal',
    namedMembers: {source: 'Vedlegg 2', names: ['Lillehammer kommune', 'Øyer kommune', 'Gausdal kommune']},
  },
  {
    id: 'nii',
    name: 'Nordmøre Interkommunale Innkjøpssamarbeid',
    abbreviation: 'NII',
    members: ['kommuner'],
    sector: 'kommunal',
  },
  {
    id: 'innkjopssamarbeidet-bergen-kommune',
    name: 'Innkjøpssamarbeidet Bergen kommune',
    members: ['kommuner', 'statlige'],
    sector: 'kommunal',
    namedMembers: {source: 'Vedlegg 2', names: ['Bergen kommune']},
  },
  {id: 'siis', name: 'Samordna innkjøp i Salten', abbreviation: 'SIIS', members: ['kommuner'], sector: 'kommunal'},
  {id: 'ror', name: 'ROR', members: ['kommuner'], sector: 'kommunal'},
  {id: 'hardanger-innkjopssamarbeid', name: 'Hardanger innkjøpssamarbeid', members: ['kommuner'], sector: 'kommunal'},
  {id: 'nri', name: 'Nedre Romerike innkjøpssamarbeid', abbreviation: 'NRI', members: ['kommuner'], sector: 'kommunal'},
  {
    id: 'innkjopssamarbeidet-pa-sunnmore',
    name: 'Innkjøpssamarbeidet på Sunnmøre',
    members: ['kommuner'],
    sector: 'kommunal',
  },
  {
    id: 'innkjopssamarbeidet-pa-haugalandet',
    name: 'Innkjøpssamarbeidet på Haugalandet',
    members: ['kommuner'],
    sector: 'kommunal',
  },
  {
    id: 'innkjopssamarbeid-i-nord-trondelag',
    name: 'Innkjøpssamarbeid i Nord-Trøndelag',
    members: ['kommuner', 'fylkeskommuner'],
    sector: 'kommunal',
  },
  {id: 'rsssr', name: 'RSSSR', members: ['kommuner', 'fylkeskommuner'], sector: 'kommunal'},
  {
    id: 'ofa',
    name: 'Offentlig fellesinnkjøp på Agder',
    abbreviation: 'OFA',
    members: ['kommuner', 'fylkeskommuner', 'statlige'],
    sector: 'kommunal',
  },
  {
    id: 'btv-innkjop',
    name: 'BTV Innkjøp',
    abbreviation: 'BTV',
    members: ['kommuner', 'fylkeskommuner', 'statlige'],
    sector: 'kommunal',
    namedMembers: {
      source: 'Figur 1',
      names: ['Buskerud fylkeskommune', 'Vestfold fylkeskommune', 'Telemark fylkeskommune'],
    },
  },
  {
    id: 'vois',
    name: 'Vestfold offentlige innkjøpssamarbeid',
    abbreviation: 'VOIS',
    members: ['kommuner', 'fylkeskommuner', 'statlige'],
    sector: 'kommunal',
  },
  {
    id: 'sffi',
    name: 'Sogn og Fjordane felles innkjøp',
    abbreviation: 'SFFI',
    members: ['kommuner', 'fylkeskommuner'],
    sector: 'kommunal',
  },
  {
    id: 'fkn',
    name: 'Fylkeskommunene i nord innkjøpssamarbeid',
    abbreviation: 'FKN',
    members: ['fylkeskommuner'],
    sector: 'kommunal',
    namedMembers: {
      source: 'Figur 1',
      names: [
        'Møre og Romsdal fylkeskommune',
        'Sør-Trøndelag fylkeskommune',
        'Nordland fylkeskommune',
        'Troms fylkeskommune',
        'Finnmark fylkeskommune',
      ],
    },
  },
  {
    id: 'ndla',
    name: 'Nasjonal digital læringsarena',
    abbreviation: 'NDLA',
    members: ['fylkeskommuner'],
    sector: 'kommunal',
  },
  {
    id: 'fkit',
    name: 'Fylkeskommunalt/kommunalt innkjøpssamarbeid i Troms',
    abbreviation: 'FKIT',
    members: ['kommuner', 'fylkeskommuner'],
    sector: 'kommunal',
  },
  {
    id: 'fredrikstad-kommune-og-ostfold-fylkeskommune',
    name: 'Fredrikstad kommune og Østfold fylkeskommune',
    members: ['kommuner', 'fylkeskommuner'],
    sector: 'kommunal',
    namedMembers: {source: 'Vedlegg 2', names: ['Fredrikstad kommune', 'Østfold fylkeskommune']},
  },
  {
    id: 'gki',
    name: 'Grenland samarbeidet',
    abbreviation: 'GKI',
    members: ['kommuner', 'fylkeskommuner'],
    sector: 'kommunal',
  },
  {
    id: 'fik',
    name: 'Follo samarbeidet - felles innkjøpskontor',
    abbreviation: 'FIK',
    members: ['kommuner'],
    sector: 'kommunal',
  },
  {
    id: 'vaf-innkjop',
    name: 'VAF innkjøp',
    abbreviation: 'VAF',
    members: ['fylkeskommuner', 'statlige'],
    sector: 'kommunal',
  },
  {
    id: 'interkommunalt-innkjopssamarbeid-for-hadeland',
    name: 'Interkommunalt innkjøpssamarbeid for Hadeland',
    members: ['kommuner'],
    sector: 'kommunal',
  },
  {
    id: 'fi',
    name: 'Fylkeskommunalt innkjøpsforum',
    abbreviation: 'FI',
    members: ['fylkeskommuner'],
    sector: 'kommunal',
  },
  {id: 'gjovikregionen', name: 'Gjøvikregionen', members: ['kommuner'], sector: 'kommunal'},
  {
    id: 'innkjopssamarbeid-kongsbergregionen',
    name: 'Innkjøpssamarbeid Kongsbergregionen',
    members: ['kommuner'],
    sector: 'kommunal',
  },
  {
    id: 'finnmark-fylkeskommune',
    name: 'Finnmark fylkeskommune',
    members: ['kommuner', 'fylkeskommuner'],
    sector: 'kommunal',
    namedMembers: {source: 'Vedlegg 2', names: ['Finnmark fylkeskommune']},
  },
  {
    id: 'samarbeid-fylkesmennene-i-landet',
    name: 'Samarbeid fylkesmennene i landet',
    members: ['fylkeskommuner'],
    sector: 'kommunal',
  },
  {
    id: 'kifho',
    name: 'kommunalt innkjøpsforum for Hedmark og Oppland',
    abbreviation: 'KIFHO',
    members: ['kommuner', 'fylkeskommuner'],
    sector: 'kommunal',
    namedMembers: {source: 'Figur 1', names: ['Hedmark fylkeskommune', 'Oppland fylkeskommune']},
  },
  {id: 'ksi', name: 'KS innkjøpsforum', abbreviation: 'KSI', members: ['kommuner'], sector: 'kommunal'},
  {
    id: 'knsi',
    name: 'Knutepunkt Sørland innkjøp i regi av Kristiansand kommune',
    abbreviation: 'KnSi',
    members: ['kommuner'],
    sector: 'kommunal',
    namedMembers: {source: 'Vedlegg 2', names: ['Kristiansand kommune']},
  },
  {
    id: 'felles-innkjop-legemidler-og-multidoser',
    name: 'Felles innkjøp ifbm legemidler og multidoser',
    members: ['kommuner', 'fylkeskommuner'],
    sector: 'kommunal',
  },
  {
    id: 'ostfold-fylkeskommune-sammen-med-andre-ostfold-kommuner',
    name: 'Østfold fylkeskommune sammen med andre Østfold kommuner',
    members: ['kommuner', 'fylkeskommuner'],
    sector: 'kommunal',
    namedMembers: {source: 'Vedlegg 2', names: ['Østfold fylkeskommune']},
  },
  {
    id: 'fylkeskommunen-og-trondheimsregionen',
    name: 'Fylkeskommunen og Trondheimsregionen',
    members: ['kommuner', 'fylkeskommuner'],
    sector: 'kommunal',
  },
  {
    id: 'innkjopssamarbeidet-indre-ostfold',
    name: 'Innkjøpssamarbeidet Indre Østfold',
    members: ['kommuner', 'fylkeskommuner'],
    sector: 'kommunal',
  },
  {id: 'innkjopssirkelen', name: 'Innkjøpssirkelen', members: ['kommuner', 'fylkeskommuner'], sector: 'kommunal'},
  {
    id: 'akershus-fylkeskommune',
    name: 'Akershus fylkeskommune',
    members: ['kommuner', 'fylkeskommuner', 'statlige'],
    sector: 'kommunal',
    namedMembers: {source: 'Vedlegg 2', names: ['Akershus fylkeskommune']},
  },
  {
    id: 'oslo-kommunes-samkjopsavtaler',
    name: 'Oslo Kommunes samkjøpsavtaler',
    members: ['kommuner'],
    sector: 'kommunal',
    namedMembers: {source: 'Vedlegg 2', names: ['Oslo kommune']},
  },
  {id: 'fokso', name: 'Fokso', members: ['kommuner'], sector: 'kommunal'},
  {
    id: 'innoff',
    name: 'Gausdal innkjøpssamarbeidet',
    abbreviation: 'INNOFF',
    members: ['kommuner', 'fylkeskommuner'],
    sector: 'kommunal',
  },
  {id: 'kommunene-i-indre-ostfold', name: 'Kommunene i Indre Østfold', members: ['kommuner'], sector: 'kommunal'},
  {
    id: 'innkjopssamarbeid-med-sor-trondelag-fylkeskommune',
    name: 'Innkjøpssamarbeid med Sør-Trøndelag fylkeskommune',
    members: ['kommuner', 'statlige'],
    sector: 'kommunal',
  },
  {id: 'fosen-regionrad', name: 'Fosen regionråd', members: ['kommuner'], sector: 'kommunal'},
  {id: 'vestlandsnettverket', name: 'Vestlandsnettverket', members: ['kommuner', 'fylkeskommuner'], sector: 'kommunal'},
  {
    id: 'leverandorutviklingsprogrammet',
    name: 'Leverandørutviklingsprogrammet',
    members: ['statlige'],
    sector: 'statlig',
  },
  // Right column of the annex table, top to bottom.
  {id: 'ddv', name: 'DDV', members: ['kommuner'], sector: 'kommunal'},
  {id: 'abakus', name: 'Abakus', members: ['kommuner'], sector: 'kommunal'},
  {
    id: 'troms-fylkeskommune-og-fylkesmannen-i-troms',
    name: 'Troms Fylkeskommune og Fylkesmannen i Troms',
    members: ['kommuner', 'fylkeskommuner'],
    sector: 'kommunal',
    namedMembers: {source: 'Vedlegg 2', names: ['Troms fylkeskommune', 'Fylkesmannen i Troms']},
  },
  {id: 'jaeren-innkjopssamarbeid', name: 'Jæren innkjøpssamarbeid', members: ['kommuner'], sector: 'kommunal'},
  {id: 'hamarregionen', name: 'Hamarregionen', members: ['kommuner'], sector: 'kommunal'},
  {id: 'hallingdal', name: 'Hallingdal', members: ['kommuner'], sector: 'kommunal'},
  {
    id: 'askim-kommune-og-ostfold-fylkeskommune',
    name: 'Samarbeider i enkeltanskaffelser med Askim kommune og med Østfold Fylkeskommune',
    members: ['kommuner', 'fylkeskommuner'],
    sector: 'kommunal',
    namedMembers: {source: 'Vedlegg 2', names: ['Askim kommune', 'Østfold fylkeskommune']},
  },
  {
    id: 'haugaland-og-sunnhordland-felles-innkjopssamarbeid',
    name: 'Haugaland og Sunnhordland felles innkjøpssamarbeid',
    members: ['kommuner'],
    sector: 'kommunal',
  },
  {
    id: 'inderoy-verran-snasa-verdal-levanger',
    name: 'Inderøy, Verran, Snåsa, Verdal, Levanger',
    members: ['kommuner'],
    sector: 'kommunal',
    namedMembers: {
      source: 'Vedlegg 2',
      names: ['Inderøy kommune', 'Verran kommune', 'Snåsa kommune', 'Verdal kommune', 'Levanger kommune'],
    },
  },
  {
    id: 'modum-og-ringerike-kommune',
    name: 'Modum og Ringerike kommune',
    members: ['kommuner'],
    sector: 'kommunal',
    namedMembers: {source: 'Vedlegg 2', names: ['Modum kommune', 'Ringerike kommune']},
  },
  {
    id: 'alstahaug-leirfjord-og-heroy-kommuner',
    name: 'Alstahaug, Leirfjord og Herøy kommuner',
    members: ['kommuner'],
    sector: 'kommunal',
    namedMembers: {source: 'Vedlegg 2', names: ['Alstahaug kommune', 'Leirfjord kommune', 'Herøy kommune']},
  },
  {
    id: 'skedsmo-kommune-og-nittedal-kommune',
    name: 'Skedsmo kommune og Nittedal kommune',
    members: ['kommuner'],
    sector: 'kommunal',
    namedMembers: {source: 'Vedlegg 2', names: ['Skedsmo kommune', 'Nittedal kommune']},
  },
  {id: 'nord-troms-innkjopssamarbeid', name: 'Nord-Troms innkjøpssamarbeid', members: ['kommuner'], sector: 'kommunal'},
  {
    id: 'innkjopssamarbeid-vest-telemark',
    name: 'Innkjøpssamarbeid Vest-Telemark',
    members: ['kommuner'],
    sector: 'kommunal',
  },
  {
    id: 'felles-innkjopskontor-for-nord-gudbrandsdalen',
    name: 'Felles innkjøpskontor for Nord-Gudbrandsdalen 2018 (tidligere Fagråd for innkjøp)',
    members: ['kommuner'],
    sector: 'kommunal',
  },
  {
    id: 'gis-samarbeidet-i-sor-hedmark',
    name: 'GIS-samarbeidet i Sør-Hedmark',
    abbreviation: 'GIS',
    members: ['kommuner'],
    sector: 'kommunal',
  },
  {id: 'riig', name: 'Regionalt innkjøp i Glåmdal', abbreviation: 'RIIG', members: ['kommuner'], sector: 'kommunal'},
  {
    id: 'innkjopssamarbeidet-ostfold-nord-vest',
    name: 'Innkjøpssamarbeidet Østfold Nord-Vest',
    members: ['kommuner'],
    sector: 'kommunal',
  },
  {
    id: 'interkommunalt-innkjopssamarbeid-i-valdres',
    name: 'Interkommunalt innkjøpssamarbeid i Valdres',
    members: ['kommuner'],
    sector: 'kommunal',
  },
  {
    id: 'samarbeid-mellom-kommunene-nord-for-dovre',
    name: 'Samarbeid mellom kommunene nord for Dovre',
    members: ['kommuner'],
    sector: 'kommunal',
  },
  {
    id: 'midt-og-vest-telemark-innkjopssamarbeid',
    name: 'Midt- og Vest Telemark Innkjøpssamarbeid',
    members: ['kommuner'],
    sector: 'kommunal',
  },
  {id: 'innkjopssamarbeid-romsdal', name: 'Innkjøpssamarbeid Romsdal', members: ['kommuner'], sector: 'kommunal'},
  {
    id: 'innkjopssamarbeid-nord-ostfold',
    name: 'Innkjøpssamarbeid Nord-Østfold',
    members: ['kommuner'],
    sector: 'kommunal',
  },
  {id: 'fem-kommunesamarbeidet', name: 'Fem-kommunesamarbeidet', members: ['kommuner'], sector: 'kommunal'},
  {
    id: 'harstad-kvaefjord-og-skane',
    name: 'Harstad, Kvæfjord og Skånland',
    members: ['kommuner'],
    sector: 'kommunal',
    namedMembers: {source: 'Vedlegg 2', names: ['Harstad kommune', 'Kvæfjord kommune', 'Skånland kommune']},
  },
  {
    id: 'melhus-og-skaun',
    name: 'Melhus og Skaun',
    members: ['kommuner'],
    sector: 'kommunal',
    namedMembers: {source: 'Vedlegg 2', names: ['Melhus kommune', 'Skaun kommune']},
  },
  {
    id: 'sin-innkjopssamarbeid',
    name: 'SiN innkjøpssamarbeid',
    abbreviation: 'SiN',
    members: ['statlige'],
    sector: 'statlig',
  },
  {id: 'statens-innkjopssenter', name: 'Statens innkjøpssenter', members: ['statlige'], sector: 'statlig'},
  {id: 'nettalliansen-as', name: 'Nettalliansen AS', members: ['statlige'], sector: 'statlig'},
  {id: 'elinor-as', name: 'Elinor AS', members: ['statlige'], sector: 'statlig'},
  {id: 'energiforum-vest', name: 'Energiforum Vest', members: ['statlige'], sector: 'statlig'},
  {id: 'kjopekraft-vest', name: 'Kjøpekraft Vest', members: ['statlige'], sector: 'statlig'},
  {id: 'tronderkraft-as', name: 'Trønderkraft AS', members: ['statlige'], sector: 'statlig'},
  {
    id: 'fjordkraft-og-statkraft',
    name: 'Fjordkraft og Statkraft',
    members: ['statlige'],
    sector: 'statlig',
    namedMembers: {source: 'Vedlegg 2', names: ['Fjordkraft', 'Statkraft']},
  },
  {id: 'sykehusinnkjop-hf', name: 'Sykehusinnkjøp HF', members: ['statlige'], sector: 'statlig'},
  {
    id: 'medtek-og-difi',
    name: 'Medtek og Difi',
    members: ['statlige'],
    sector: 'statlig',
    namedMembers: {source: 'Vedlegg 2', names: ['Medtek', 'Difi']},
  },
  {
    id: 'nordiske-politietetaters-innkjopssamarbeid',
    name: 'Nordiske politietetaters innkjøpssamarbeid',
    members: ['statlige'],
    sector: 'statlig',
  },
  {id: 'uninett', name: 'Uninett', members: ['statlige'], sector: 'statlig'},
  {
    id: 'nettverk-av-virksomheter-under-kld',
    name: 'Nettverk av virksomheter under KLD som vurderer samordning av innkjøp og fellestjenester',
    members: ['statlige'],
    sector: 'statlig',
  },
  {id: 'kff', name: 'Kommunalt forsikringsfellesskap', abbreviation: 'KFF', members: ['statlige'], sector: 'statlig'},
  {id: 'samkjopsgruppen-as', name: 'Samkjøpsgruppen AS', members: ['statlige'], sector: 'statlig'},
  {id: 'bott', name: 'BOTT', members: ['statlige'], sector: 'statlig'},
  {
    id: 'forum-for-offentlige-anskaffelser-av-adbe',
    name: 'Forum for offentlige anskaffelser av adbe',
    members: ['statlige'],
    sector: 'statlig',
  },
  {
    id: 'utlendingsdirektoratet-veterinaerinstituttet-difi-patentstyret-kulturradet',
    name: 'Utlendingsdirektoratet, Veterinærinstituttet, DIFI, Patentstyret, Kulturrådet, etc.',
    members: ['statlige'],
    sector: 'statlig',
    namedMembers: {
      source: 'Vedlegg 2',
      names: ['Utlendingsdirektoratet', 'Veterinærinstituttet', 'Difi', 'Patentstyret', 'Kulturrådet'],
    },
  },
  {id: 'instituttene-pa-as', name: 'Instituttene på Ås', members: ['statlige'], sector: 'statlig'},
  {
    id: 'forum-for-offentlige-anskaffelser-av-ntnu',
    name: 'Forum for offentlige anskaffelser av NTNU',
    members: ['statlige'],
    sector: 'statlig',
  },
  {
    id: 'samarbeid-nve-ssb-udi-une-pmt-nrk-imdi',
    name: 'Samarbeid NVE, SSB, UDI, UNE, PMT, NRK, IMDI',
    members: ['statlige'],
    sector: 'statlig',
    namedMembers: {source: 'Vedlegg 2', names: ['NVE', 'SSB', 'UDI', 'UNE', 'PMT', 'NRK', 'IMDi']},
  },
  {
    id: 'samarbeid-med-ovre-eiker-kommune-og-asker-kommune',
    name: 'Samarbeid med Øvre Eiker kommune og Asker kommune',
    members: ['kommuner'],
    sector: 'kommunal',
    namedMembers: {source: 'Vedlegg 2', names: ['Øvre Eiker kommune', 'Asker kommune']},
  },
];
