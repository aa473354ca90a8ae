/*
 * The standard indicators of DOMAIN.md §5 as data: what is counted, the statistic, which parts make the
 * numerator and denominator, where a subject counts, and how a figure may be split. facts.ts produces the
 * parts; values.ts turns parts into figures. Screens only read these definitions.
 */

export type Statistic = 'count' | 'share' | 'rate' | 'median';
export type Level = 'country' | 'province' | 'region' | 'municipality' | 'neighbourhood' | 'school';
export type Split = 'ageBand' | 'referrer' | 'level';

export interface IndicatorDefinition {
  code: string;
  name: string;
  explanation: string;
  counts: 'children' | 'episodes' | 'requests' | 'families' | 'goals' | 'matches' | 'assessments' | 'professionals';
  statistic: Statistic;
  unit: string;
  numerator: string;
  /** A part, or the published youth population (`population:youth`, 0-17; `population:pupils`, 4-17). */
  denominator?: string;
  /** Further parts shown beside the figure (inflow, outflow, training completions). */
  extras?: string[];
  betterDirection: 'higher' | 'lower' | null;
  attribution: 'residence' | 'school' | 'organisation';
  levels: Level[];
  splits: Split[];
  source: string;
}

const AREAS: Level[] = ['country', 'province', 'region', 'municipality', 'neighbourhood'];
const WITH_POPULATION: Level[] = ['country', 'province', 'region', 'municipality'];
const SCHOOLS: Level[] = [...AREAS, 'school'];

export const INDICATORS: IndicatorDefinition[] = [
  {
    code: 'LIT-START', name: 'Start groep 3 op voldoende taalniveau', counts: 'assessments', statistic: 'share', unit: '%',
    explanation: 'Aandeel leerlingen dat bij de start van groep 3 op voldoende niveau leest en schrijft (eerste meting in groep 3).',
    numerator: 'num', denominator: 'den', betterDirection: 'higher', attribution: 'school', levels: SCHOOLS, splits: [],
    source: 'Geïmporteerde toetsresultaten van scholen',
  },
  {
    code: 'LIT-KEPT', name: 'Taalniveau vastgehouden in de basisschool', counts: 'assessments', statistic: 'share', unit: '%',
    explanation: 'Van de leerlingen die groep 3 op voldoende niveau begonnen: het aandeel latere metingen (groep 4-8) dat nog voldoende is.',
    numerator: 'num', denominator: 'den', betterDirection: 'higher', attribution: 'school', levels: SCHOOLS, splits: [],
    source: 'Geïmporteerde toetsresultaten van scholen',
  },
  {
    code: 'SPEC-USE', name: 'Jeugdigen in specialistische jeugdhulp', counts: 'children', statistic: 'rate', unit: 'per 1.000 jeugdigen',
    explanation: 'Jeugdigen met specialistische hulp (niveau 3) in de periode, per 1.000 jeugdigen van 0-17 jaar; met instroom en uitstroom.',
    numerator: 'num', denominator: 'population:youth', extras: ['inflow', 'outflow'], betterDirection: 'lower', attribution: 'residence',
    levels: WITH_POPULATION, splits: ['ageBand'], source: 'Inzet in gezinsplannen en CBS-bevolking',
  },
  {
    code: 'SPEC-DUR', name: 'Duur van specialistische jeugdhulp', counts: 'episodes', statistic: 'median', unit: 'dagen',
    explanation: 'Mediane duur in dagen van specialistische inzet die in de periode eindigde; met het aandeel hulp met verblijf (intensiteit).',
    numerator: 'days', extras: ['residential'], betterDirection: 'lower', attribution: 'residence', levels: AREAS, splits: ['ageBand'],
    source: 'Inzet in gezinsplannen',
  },
  {
    code: 'REF-2ND', name: 'Verwijzingen naar tweedelijns jeugdhulp', counts: 'episodes', statistic: 'rate', unit: 'per 1.000 jeugdigen',
    explanation: 'Aangevraagde ambulante en specialistische hulp (niveau 2 en 3) per 1.000 jeugdigen van 0-17 jaar, naar verwijzer.',
    numerator: 'num', denominator: 'population:youth', betterDirection: 'lower', attribution: 'residence', levels: WITH_POPULATION,
    splits: ['ageBand', 'referrer'], source: 'Inzet in gezinsplannen en CBS-bevolking',
  },
  {
    code: 'REF-SO', name: 'Verwijzingen naar speciaal onderwijs', counts: 'requests', statistic: 'rate', unit: 'per 1.000 leerlingen',
    explanation: 'Hulpvragen die eindigden in speciaal onderwijs, per 1.000 jeugdigen van 4-17 jaar (de schoolgaande jeugd).',
    numerator: 'num', denominator: 'population:pupils', betterDirection: 'lower', attribution: 'school', levels: WITH_POPULATION,
    splits: ['ageBand'], source: 'Uitkomsten van hulpvragen en CBS-bevolking',
  },
  {
    code: 'WAIT-FIRST', name: 'Wachttijd tot eerste contact', counts: 'requests', statistic: 'median', unit: 'dagen',
    explanation: 'Mediaan en 90e percentiel van het aantal dagen van hulpvraag tot eerste contact, voor eerste contacten in de periode.',
    numerator: 'days', betterDirection: 'lower', attribution: 'residence', levels: AREAS, splits: ['ageBand'], source: 'Hulpvragen',
  },
  {
    code: 'WAIT-START', name: 'Wachttijd van besluit tot start van de hulp', counts: 'episodes', statistic: 'median', unit: 'dagen',
    explanation: 'Mediaan aantal dagen van besluit tot start van de hulp, voor hulp die in de periode startte, naar niveau.',
    numerator: 'days', betterDirection: 'lower', attribution: 'residence', levels: AREAS, splits: ['ageBand', 'level'],
    source: 'Inzet in gezinsplannen',
  },
  {
    code: 'BASIS-SOLVED', name: 'Hulpvragen opgelost in de basis', counts: 'requests', statistic: 'share', unit: '%',
    explanation: 'Aandeel afgesloten hulpvragen dat eindigde in advies of lichte ondersteuning dichtbij (niveau 0-1), zonder verwijzing.',
    numerator: 'num', denominator: 'den', betterDirection: 'higher', attribution: 'residence', levels: AREAS, splits: ['ageBand'],
    source: 'Hulpvragen',
  },
  {
    code: 'COMPLEX', name: 'Gezinnen met complexe ondersteuning', counts: 'families', statistic: 'share', unit: '%',
    explanation: 'Aandeel gezinnen met ondersteuning in de periode dat specialistische hulp (niveau 3) kreeg of drie of meer trajecten tegelijk had.',
    numerator: 'num', denominator: 'den', betterDirection: 'lower', attribution: 'residence', levels: AREAS, splits: [],
    source: 'Gezinsplannen',
  },
  {
    code: 'ONE-PLAN', name: 'Gezinnen met één plan en één regisseur', counts: 'families', statistic: 'share', unit: '%',
    explanation: 'Aandeel gezinnen met ondersteuning in de periode waarvan het gezinsplan een regisseur had.',
    numerator: 'num', denominator: 'den', betterDirection: 'higher', attribution: 'residence', levels: AREAS, splits: [],
    source: 'Gezinsplannen',
  },
  {
    code: 'STEP-DOWN', name: 'Tijd tot afschalen uit specialistische hulp', counts: 'episodes', statistic: 'median', unit: 'dagen',
    explanation: 'Mediaan aantal dagen van start van specialistische hulp tot afschalen, voor afschalingen in de periode.',
    numerator: 'days', betterDirection: 'lower', attribution: 'residence', levels: AREAS, splits: ['ageBand'],
    source: 'Niveauwijzigingen in gezinsplannen',
  },
  {
    code: 'GOALS-MET', name: 'Gehaalde doelen bij afsluiting', counts: 'goals', statistic: 'share', unit: '%',
    explanation: 'Aandeel doelen (niet geannuleerd) van gezinsplannen die in de periode werden afgesloten dat gehaald is.',
    numerator: 'num', denominator: 'den', betterDirection: 'higher', attribution: 'residence', levels: AREAS, splits: [],
    source: 'Gezinsplannen',
  },
  {
    code: 'SIGNAL-MATCH', name: 'Matches op signalen', counts: 'matches', statistic: 'count', unit: 'aantal',
    explanation: 'Matches tussen signalen van verschillende organisaties in de periode; met de mediane tijd tot een gezamenlijk gezinsplan.',
    numerator: 'num', extras: ['days'], betterDirection: null, attribution: 'residence', levels: AREAS, splits: ['ageBand'],
    source: 'Signalen',
  },
  {
    code: 'NETWORK', name: 'Actieve professionals in het leernetwerk', counts: 'professionals', statistic: 'count', unit: 'aantal',
    explanation: 'Professionals die in de periode iets plaatsten of reageerden in het leernetwerk; met afgeronde trainingsmodules.',
    numerator: 'num', extras: ['completions'], betterDirection: 'higher', attribution: 'organisation', levels: AREAS, splits: [],
    source: 'Leernetwerk en trainingen',
  },
];

export const indicatorByCode = new Map(INDICATORS.map((i) => [i.code, i]));
