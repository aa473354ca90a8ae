import { createHash, randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import type { Config } from '../config.js';
import type { Db, Tx } from '../db/database.js';
import type {
  Database,
  GroupMembersTable,
  ModuleCompletionsTable,
  NotificationsTable,
  ParticipantRole,
  ProgrammeStatus,
  ProgressReportsTable,
  QuestionnaireAnswersTable,
  QuestionnaireResponsesTable,
  SessionAttendanceTable,
  TrainingEnrolmentsTable,
  UsersTable,
} from '../db/schema.js';
import { addDays, dayOf } from '../platform/dates.js';
import type { JobFunction, Theme } from './demo-data.js';

/*
 * The programmes of the seed texts (000 Kansen4Kinderen, Kinderen eerst, Integrale jeugdhulp, Jeugdhulp gewoon
 * dichtbij; 001 Sterke basis / Jong Hoogeveen with 'Vroeg erbij op school' at De Zuiderbreedte; 004 Samen voor
 * Ryan and Kansrijke Start) with their projects, questionnaires, progress reports, the learning network's themed
 * groups (vroegsignalering, armoede, corona) and the Kansrijke Start training with its 273 professionals:
 * 265 generated (fictional, deterministic names, no password) and 8 demo professionals.
 *
 * Written straight into the tables in one transaction with bulk inserts, not through the services: it is
 * reference content, and the whole demo seed runs at every first start and once per test run. Dates are
 * relative to now, so the programme lead always finds an open questionnaire and a report due.
 */

export const PROGRAMME_LEAD_EMAIL = 'programma.samenvoorryan@dichtbij.example';
const EMAIL_DOMAIN = '@dichtbij.example';

interface ProgrammeSeed {
  key: string;
  name: string;
  aim: string;
  lead: string;
  areaCodes: string[];
  status: ProgrammeStatus;
  /** Months before now. */
  startedMonthsAgo: number;
  durationMonths: number;
  indicatorCodes: string[];
  participants: [string, ParticipantRole][];
  projects: ProjectSeed[];
}

interface ProjectSeed {
  key: string;
  name: string;
  description: string;
  organisation: string | null;
  status: ProgrammeStatus;
  startedMonthsAgo: number | null;
  partners: [string, string | null][];
  goals: { description: string; target?: string; status: 'open' | 'in-progress' | 'achieved'; fromAnswer?: [string, number] }[];
}

const K4K_SCHOOLS = ['OBS De Zwerfsteen', 'CBS De Hunebed', 'OBS De Veenhorst', 'Daltonschool De Brink', 'Brede school De Zuiderbreedte', 'CBS De Sprong', 'OBS Het Spectrum'];

const PROGRAMMES: ProgrammeSeed[] = [
  {
    key: 'k4k',
    name: 'Kansen4Kinderen',
    aim:
      'Kinderen de kans geven zich te ontwikkelen naar hun mogelijkheden, door gezin, school en het lokale ondersteuningsnetwerk beter toe te rusten en hun samenwerking te versterken: ' +
      'meer kinderen starten het primair onderwijs op voldoende niveau van geletterdheid en taalvaardigheid, meer kinderen houden dat niveau vast of verbeteren het, ' +
      'en minder kinderen maken (korter en minder intensief) gebruik van specialistische jeugdhulp.',
    lead: 'Provincie Drenthe',
    areaCodes: ['PV22'],
    status: 'running',
    startedMonthsAgo: 20,
    durationMonths: 48,
    indicatorCodes: ['LIT-START', 'LIT-KEPT', 'SPEC-USE', 'SPEC-DUR'],
    participants: [
      ...K4K_SCHOOLS.map((school) => [school, 'school'] as [string, ParticipantRole]),
      ['GGD Drenthe', 'partner'],
      ['Yorneo', 'partner'],
      ['Peuteropvang Eigen Wijs', 'partner'],
      ['Gemeente Aa en Hunze', 'funder'],
      ['Gemeente Emmen', 'funder'],
      ['Gemeente Hoogeveen', 'funder'],
    ],
    projects: [
      {
        key: 'zwerfsteen', name: 'Taal vanaf de start', organisation: 'OBS De Zwerfsteen', status: 'running', startedMonthsAgo: 14,
        description: 'Peuteropvang en groep 1-2 werken met één doorgaande lijn voor woordenschat en voorlezen; ouders lezen thuis mee.',
        partners: [['Peuteropvang Eigen Wijs', 'Doorgaande leerlijn taal van peuter naar kleuter'], ['GGD Drenthe', 'Signaleren van taalachterstand bij de 3-jarigen']],
        goals: [
          { description: 'Meer kinderen starten groep 3 met voldoende woordenschat', target: '85% op of boven niveau bij de start van groep 3', status: 'in-progress', fromAnswer: ['zwerfsteen', 2] },
          { description: 'Elke ouder van een peuter krijgt een voorleespakket en een huisbezoek', status: 'achieved', fromAnswer: ['zwerfsteen', 1] },
        ],
      },
      {
        key: 'hunebed', name: 'Leesplezier in Rolde', organisation: 'CBS De Hunebed', status: 'running', startedMonthsAgo: 13,
        description: 'Leesmotivatie in groep 3 tot en met 5, met de bibliotheek op school en leesouders.',
        partners: [['Sociaal team Aa en Hunze', 'Ondersteuning van gezinnen waar lezen thuis lastig is']],
        goals: [
          { description: 'Kinderen houden hun leesniveau vast na groep 3', target: 'Minder dan 10% terugval tussen groep 3 en 4', status: 'in-progress', fromAnswer: ['hunebed', 2] },
          { description: 'Elke klas heeft een leesouder', status: 'open' },
        ],
      },
      {
        key: 'veenhorst', name: 'Samen lezen in Emmerhout', organisation: 'OBS De Veenhorst', status: 'running', startedMonthsAgo: 12,
        description: 'Taalstimulering voor meertalige gezinnen in Emmerhout, samen met welzijn en het wijkteam.',
        partners: [['Welzijn Emmen', 'Taalcafé voor ouders'], ['Wijkteam Emmen-Zuid', 'Snel schakelen bij zorgen thuis']],
        goals: [
          { description: 'Ouders uit meertalige gezinnen doen mee aan het taalcafé', target: '30 gezinnen per schooljaar', status: 'in-progress', fromAnswer: ['veenhorst', 2] },
          { description: 'Minder doorverwijzingen naar specialistische jeugdhulp door eerder samen te kijken', status: 'open', fromAnswer: ['veenhorst', 1] },
        ],
      },
      {
        key: 'debrink', name: 'Ouders als leespartners', organisation: 'Daltonschool De Brink', status: 'preparing', startedMonthsAgo: null,
        description: 'Ouders van kleuters worden leespartner van hun kind; start na de zomer.',
        partners: [['Kinderopvang De Boomhut', 'Voorlezen in de voorschoolse opvang']],
        goals: [{ description: 'Ouders van kleuters lezen wekelijks voor', status: 'open', fromAnswer: ['debrink', 2] }],
      },
    ],
  },
  {
    key: 'kinderen-eerst',
    name: 'Kinderen eerst',
    aim:
      'Ouders komen met hun kinderen bij de huisarts met vragen die niet altijd medisch zijn. In twee dorpen voeren huisartsen eerst een gesprek met een maatschappelijk werker in ' +
      'plaats van direct door te verwijzen, zodat er meer tijd is om samen naar een oplossing te zoeken.',
    lead: 'Gemeente Aa en Hunze',
    areaCodes: ['GM1680', 'WK168000', 'WK168001'],
    status: 'running',
    startedMonthsAgo: 16,
    durationMonths: 36,
    indicatorCodes: ['BASIS-SOLVED', 'REF-2ND', 'WAIT-FIRST'],
    participants: [
      ['Huisartsenpraktijk Gieten', 'partner'],
      ['Huisartsenpraktijk Rolde', 'partner'],
      ['Welzijnswerk Aa en Hunze', 'partner'],
      ['Sociaal team Aa en Hunze', 'partner'],
    ],
    projects: [
      {
        key: 'gieten', name: 'Eerst een gesprek in Gieten', organisation: 'Huisartsenpraktijk Gieten', status: 'running', startedMonthsAgo: 15,
        description: 'Spreekuur van de maatschappelijk werker in de huisartsenpraktijk, twee dagdelen per week.',
        partners: [['Welzijnswerk Aa en Hunze', 'Maatschappelijk werker in de praktijk']],
        goals: [{ description: 'De meeste vragen over opgroeien worden opgelost zonder verwijzing', target: '70% opgelost zonder verwijzing buiten niveau 1', status: 'in-progress' }],
      },
      {
        key: 'rolde', name: 'Eerst een gesprek in Rolde', organisation: 'Huisartsenpraktijk Rolde', status: 'running', startedMonthsAgo: 12,
        description: 'Dezelfde werkwijze in Rolde, met de POH-jeugd als vaste schakel.',
        partners: [['Welzijnswerk Aa en Hunze', 'Maatschappelijk werker in de praktijk'], ['Sociaal team Aa en Hunze', 'Vervolg bij vragen over geld en wonen']],
        goals: [{ description: 'Binnen twee weken een eerste gesprek', target: 'Mediaan wachttijd tot eerste contact hoogstens 10 dagen', status: 'achieved' }],
      },
    ],
  },
  {
    key: 'integrale-jeugdhulp',
    name: 'Integrale jeugdhulp',
    aim:
      'Het kind en het gezin centraal, met één aanspreekpunt; hulp zo licht en gewoon mogelijk, maar direct intensief waar nodig, in een veilige pedagogische omgeving zoals school, ' +
      'buurt of netwerk. Minder gezinnen met complexe jeugdhulp.',
    lead: 'Gemeente Emmen',
    areaCodes: ['GM0114'],
    status: 'running',
    startedMonthsAgo: 24,
    durationMonths: 48,
    indicatorCodes: ['ONE-PLAN', 'COMPLEX', 'STEP-DOWN'],
    participants: [
      ['Wijkteam Emmen-Zuid', 'partner'],
      ['Jeugdhulp Dichtbij Drenthe', 'partner'],
      ['OBS De Veenhorst', 'school'],
      ['Daltonschool De Brink', 'school'],
      ['GGD Drenthe', 'partner'],
    ],
    projects: [
      {
        key: 'een-aanspreekpunt', name: 'Eén aanspreekpunt in Emmerhout', organisation: 'Wijkteam Emmen-Zuid', status: 'running', startedMonthsAgo: 22,
        description: 'Elk gezin met hulp van meer dan één organisatie heeft één regisseur en één plan.',
        partners: [['Jeugdhulp Dichtbij Drenthe', 'Ambulante hulp in het gezinsplan']],
        goals: [{ description: 'Gezinnen met hulp hebben één plan en één regisseur', target: '90% van de gezinnen met hulp', status: 'in-progress' }],
      },
      {
        key: 'school-en-wijkteam', name: 'School en wijkteam samen', organisation: 'Daltonschool De Brink', status: 'running', startedMonthsAgo: 10,
        description: 'Een wijkteammedewerker schuift wekelijks aan bij het ondersteuningsteam van de school.',
        partners: [['Wijkteam Emmen-Zuid', 'Wekelijks op school']],
        goals: [{ description: 'Zorgen over een kind worden binnen een week besproken', status: 'achieved' }],
      },
    ],
  },
  {
    key: 'gewoon-dichtbij',
    name: 'Jeugdhulp gewoon dichtbij',
    aim:
      'De samenwerking tussen onderwijs en jeugdhulp versterken, zodat de jongere de juiste hulp krijgt in een vertrouwde omgeving zoals school; preventief, tijdig signaleren, ' +
      'en hulp binnen de sociale omgeving van de jongere.',
    lead: 'Gemeente Hardenberg',
    areaCodes: ['GM0160'],
    status: 'running',
    startedMonthsAgo: 18,
    durationMonths: 36,
    indicatorCodes: ['REF-2ND', 'REF-SO'],
    participants: [
      ['OBS De Vlinderhof', 'school'],
      ['Wijkteam Hardenberg', 'partner'],
      ['Gezinsbegeleiding Vechtdal', 'partner'],
      ['GGD IJsselland', 'partner'],
    ],
    projects: [
      {
        key: 'jeugdhulp-op-school', name: 'Jeugdhulp op school', organisation: 'OBS De Vlinderhof', status: 'running', startedMonthsAgo: 17,
        description: 'De jeugdhulpverlener werkt in de klas en thuis, niet in de spreekkamer.',
        partners: [['Gezinsbegeleiding Vechtdal', 'Jeugdhulpverlener op school'], ['Wijkteam Hardenberg', 'Wekelijks spreekuur op school']],
        goals: [{ description: 'Minder verwijzingen naar speciaal onderwijs', target: 'Halvering ten opzichte van de nulmeting', status: 'in-progress' }],
      },
    ],
  },
  {
    key: 'sterke-basis',
    name: 'Sterke basis, Jong Hoogeveen',
    aim:
      'Ondersteuning en hulp zoveel mogelijk in de eigen leefomgeving van het kind: thuis, school en buurt. Minder verwijzingen naar tweedelijns jeugdhulp en speciaal onderwijs; ' +
      'snel opschalen waar nodig en snel weer afschalen.',
    lead: 'Gemeente Hoogeveen',
    areaCodes: ['GM0118'],
    status: 'running',
    startedMonthsAgo: 15,
    durationMonths: 36,
    indicatorCodes: ['REF-2ND', 'REF-SO', 'STEP-DOWN'],
    participants: [
      ['Brede school De Zuiderbreedte', 'school'],
      ['CBS De Sprong', 'school'],
      ['OBS Het Spectrum', 'school'],
      ['Yorneo', 'partner'],
      ['Het Koppeltie (Spelerwijs)', 'partner'],
      ['GGD Drenthe', 'partner'],
      ['Stichting Welzijnswerk Hoogeveen (SWW)', 'partner'],
      ['Sociaal team Hoogeveen-Zuid', 'partner'],
    ],
    projects: [
      {
        key: 'vroeg-erbij', name: 'Vroeg erbij op school', organisation: 'Brede school De Zuiderbreedte', status: 'running', startedMonthsAgo: 14,
        description:
          'Een nieuwe werkwijze op De Zuiderbreedte: het pedagogisch klimaat verbeteren en de leerkrachten extra ondersteunen om de grote diversiteit in de klassen het hoofd te bieden.',
        partners: [
          ['CBS De Sprong', 'Doet mee met de werkwijze'],
          ['OBS Het Spectrum', 'Doet mee met de werkwijze'],
          ['Yorneo', 'Jeugdhulpverlener in de klas'],
          ['Het Koppeltie (Spelerwijs)', 'Warme overdracht van peuteropvang naar school'],
          ['GGD Drenthe', 'Jeugdverpleegkundige op school'],
          ['Stichting Welzijnswerk Hoogeveen (SWW)', 'Schoolmaatschappelijk werk'],
        ],
        goals: [
          { description: 'Een beter pedagogisch klimaat in alle groepen', target: 'Leerlingen en leerkrachten scoren het klimaat minstens een 7,5', status: 'in-progress' },
          { description: 'Leerkrachten voelen zich gesteund bij de diversiteit in hun klas', status: 'in-progress' },
          { description: 'Minder verwijzingen naar speciaal onderwijs en tweedelijns jeugdhulp', target: '25% minder dan in het schooljaar voor de start', status: 'open' },
        ],
      },
    ],
  },
  {
    key: 'samen-voor-ryan',
    name: 'Samen voor Ryan',
    aim:
      'Onderwijs, opvang, gemeente, sociaal werk en jeugdgezondheidszorg werken samen voor alle kinderen die ondanks alle goede organisaties tussen wal en schip vallen, in zes ' +
      'vernieuwende aanpakken. Eén ervan richt zich op de eerste 2000 dagen: samen leren staat centraal, niet het meten.',
    lead: 'Gemeente Steenwijkerland',
    areaCodes: ['GM1708'],
    status: 'running',
    startedMonthsAgo: 26,
    durationMonths: 60,
    indicatorCodes: ['NETWORK'],
    participants: [
      ['Netwerk Samen voor Ryan', 'partner'],
      ['GGD IJsselland', 'partner'],
      ['IKC De Steenuil', 'school'],
      ['CBS De Akker', 'school'],
      ['Sociaal wijkteam Steenwijkerland', 'partner'],
    ],
    projects: [
      {
        key: 'eerste-2000-dagen', name: 'De eerste 2000 dagen (Kansrijke Start)', organisation: 'Netwerk Samen voor Ryan', status: 'running', startedMonthsAgo: 12,
        description: 'Van conceptie tot ongeveer 5,5 jaar: een scholingsprogramma en een online leernetwerk voor de professionals uit de regio, met Hogeschool VIAA.',
        partners: [['GGD IJsselland', 'Jeugdverpleegkundigen en aandachtsfunctionaris Kansrijke Start'], ['IKC De Steenuil', 'Pedagogisch medewerkers']],
        goals: [
          { description: 'Professionals uit de regio volgen samen één scholingsprogramma', target: '250 deelnemers', status: 'achieved' },
          { description: 'Professionals weten elkaar te vinden en delen ervaringen in themagroepen', status: 'in-progress' },
        ],
      },
    ],
  },
  {
    key: 'kansrijke-start-leeuwarden',
    name: 'Kansrijke Start Leeuwarden',
    aim:
      'Onder de paraplu van Kansen voor Kinderen de ontwikkelingskansen van jonge kinderen vergroten: investeren in het jonge kind en preventief werken in zeven aandachtsgebieden, ' +
      'met de integrale kindcentra als plek waar het beleid handen en voeten krijgt.',
    lead: 'Gemeente Leeuwarden',
    areaCodes: ['GM0080', 'WK008001', 'WK008002', 'WK008003'],
    status: 'running',
    startedMonthsAgo: 22,
    durationMonths: 48,
    indicatorCodes: ['NETWORK', 'SPEC-USE'],
    participants: [
      ['IKC De Vrijheid', 'school'],
      ['IKC Heechterp', 'school'],
      ['IKC De Bilgaard', 'school'],
      ['GGD Fryslân', 'partner'],
      ['Gebiedsteam Leeuwarden-Oost', 'partner'],
      ['Praktijk Jeugd-GGZ De Waddenkust', 'partner'],
    ],
    projects: [
      ...(['IKC De Vrijheid', 'IKC Heechterp', 'IKC De Bilgaard'] as const).map((ikc, i) => ({
        key: `jo-${i}`, name: `Jeugdondersteuner in ${ikc}`, organisation: ikc, status: 'running' as const, startedMonthsAgo: 18 - i * 2,
        description: 'Een jeugdondersteuner in het IKC-team: preventie, normaliseren, vroeg signaleren en een betere verbinding met de leefwereld van ouders.',
        partners: [['GGD Fryslân', 'Samenwerking met de jeugdverpleegkundige'], ['Gebiedsteam Leeuwarden-Oost', 'Opschalen als het nodig is']] as [string, string][],
        goals: [{ description: 'Ouders kunnen laagdrempelig terecht met vragen over opgroeien', status: 'in-progress' as const }],
      })),
      {
        key: 'zorgpad', name: 'Zorgpad Kansrijke Start', organisation: 'GGD Fryslân', status: 'running', startedMonthsAgo: 9,
        description: 'Een zorgpad dat partijen in de zorg en het sociaal domein samen vastleggen, met centering pregnancy, centering parenting en VVE Thuis.',
        partners: [['Gebiedsteam Leeuwarden-Oost', 'Sociaal domein'], ['Praktijk Jeugd-GGZ De Waddenkust', 'Jeugd-GGZ']],
        goals: [{ description: 'Het zorgpad is door alle partners vastgesteld', status: 'achieved' }],
      },
    ],
  },
];

/** The first questionnaire of Kansen4Kinderen: its questions and the answers of five schools. */
const K4K_QUESTIONS = [
  'Welke vragen leven er in uw team over taal en geletterdheid van jonge kinderen?',
  'Wat wilt u over twee jaar bereikt hebben? Noem uw belangrijkste doelen.',
  'Welke partners wilt u erbij betrekken?',
];
const K4K_ANSWERS: Record<string, { school: string; answers: [string, string, string] }> = {
  zwerfsteen: {
    school: 'OBS De Zwerfsteen',
    answers: [
      'Hoe bereiken we ouders die zelf weinig voorlezen? Veel kleuters komen binnen met een kleine woordenschat.',
      'Meer kinderen starten groep 3 met voldoende woordenschat, en elke ouder van een peuter krijgt een voorleespakket.',
      'De peuteropvang in het dorp en de jeugdverpleegkundige van de GGD.',
    ],
  },
  hunebed: {
    school: 'CBS De Hunebed',
    answers: [
      'Kinderen lezen goed in groep 3, maar zakken in groep 4 en 5 terug. Hoe houden we het leesplezier vast?',
      'Kinderen houden hun leesniveau vast na groep 3; elke klas heeft leesouders.',
      'De bibliotheek en het sociaal team voor gezinnen waar lezen thuis lastig is.',
    ],
  },
  veenhorst: {
    school: 'OBS De Veenhorst',
    answers: [
      'Veel gezinnen zijn meertalig. Hoe ondersteunen we ouders zonder dat het voelt als huiswerk?',
      'Ouders doen mee aan een taalcafé, en we verwijzen minder door omdat we eerder samen kijken.',
      'Welzijn Emmen en het wijkteam.',
    ],
  },
  debrink: {
    school: 'Daltonschool De Brink',
    answers: [
      'Hoe betrekken we ouders van kleuters bij taalontwikkeling?',
      'Ouders van kleuters lezen wekelijks voor.',
      'De kinderopvang naast de school.',
    ],
  },
  spectrum: {
    school: 'OBS Het Spectrum',
    answers: [
      'Wij zien veel kinderen met een taalachterstand die al in de peutertijd begint. Hoe werken we beter samen met de voorschoolse educatie?',
      'Een warme overdracht voor elk kind van peuteropvang naar groep 1, en minder kinderen met een taalachterstand in groep 3.',
      'Het Koppeltie, de GGD en de logopedist in de wijk.',
    ],
  },
};

const MIDTERM_QUESTIONS = ['Wat is er dit schooljaar gedaan?', 'Waar loopt u tegenaan?', 'Wat heeft u nodig van het programma?'];

// ---- Generated professionals for the Kansrijke Start training ----

const FIRST_NAMES = [
  'Anna', 'Bram', 'Charlotte', 'Daan', 'Eline', 'Floor', 'Gijs', 'Hanna', 'Iris', 'Jesse', 'Kim', 'Lars', 'Maaike', 'Niels', 'Olga', 'Pien',
  'Quinten', 'Rianne', 'Sanne', 'Tim', 'Ursula', 'Vera', 'Wessel', 'Yara', 'Zoë', 'Arjen', 'Baukje', 'Corine', 'Douwe', 'Evelien', 'Froukje',
  'Geert', 'Hilde', 'Ilona', 'Jildou', 'Klaas', 'Lieke', 'Marieke', 'Nynke', 'Okke',
];
const LAST_NAMES = [
  'Bakker', 'Bergsma', 'Bosma', 'Brink', 'Dijkstra', 'Faber', 'Groen', 'Haan', 'Hoekstra', 'Jager', 'Kok', 'Kramer', 'Lammers', 'Meester',
  'Nijboer', 'Oosterhof', 'Pol', 'Reitsma', 'Schouten', 'Sikkema', 'Timmer', 'Veenstra', 'Visser', 'Wiersma', 'Zandstra', 'Hofman', 'Kuiper',
  'Mulder', 'Terpstra', 'Wijnia',
];

/** Where the 265 generated professionals work, and as what. */
const PARTICIPANT_ORGANISATIONS: [string, number, JobFunction[]][] = [
  ['GGD IJsselland', 30, ['jeugdverpleegkundige', 'jeugdarts']],
  ['IKC De Steenuil', 25, ['pedagogisch-medewerker', 'leerkracht', 'intern-begeleider']],
  ['CBS De Akker', 20, ['leerkracht', 'intern-begeleider']],
  ['Sociaal wijkteam Steenwijkerland', 25, ['wijkteammedewerker', 'maatschappelijk-werker']],
  ['Netwerk Samen voor Ryan', 10, ['jeugdondersteuner', 'maatschappelijk-werker']],
  ['Gemeente Steenwijkerland', 10, ['medewerker-toegang', 'wijkteammedewerker']],
  ['IKC De Vrijheid', 25, ['pedagogisch-medewerker', 'leerkracht', 'jeugdondersteuner']],
  ['IKC Heechterp', 25, ['pedagogisch-medewerker', 'leerkracht', 'jeugdondersteuner']],
  ['IKC De Bilgaard', 25, ['pedagogisch-medewerker', 'leerkracht', 'jeugdondersteuner']],
  ['GGD Fryslân', 25, ['jeugdverpleegkundige', 'jeugdarts']],
  ['Gebiedsteam Leeuwarden-Oost', 20, ['wijkteammedewerker', 'maatschappelijk-werker']],
  ['Gemeente Leeuwarden', 5, ['medewerker-toegang']],
  ['Praktijk Jeugd-GGZ De Waddenkust', 10, ['jeugdhulpverlener']],
  ['Wijkteam Hardenberg', 5, ['wijkteammedewerker']],
  ['OBS De Vlinderhof', 5, ['leerkracht']],
];
export const GENERATED_PARTICIPANTS = PARTICIPANT_ORGANISATIONS.reduce((n, [, count]) => n + count, 0);
/** Users this seed adds to the demo region: the generated participants and the programme lead of Samen voor Ryan. */
export const DEMO_PROGRAMME_USERS = GENERATED_PARTICIPANTS + 1;
const PARTICIPANT_THEMES: Theme[] = ['vroegsignalering', 'armoede', 'opvoeden', 'gezondheid', 'taal-en-lezen'];

/** The demo professionals who took the training too: with them, 273 professionals, as in seed text 004. */
const NAMED_PARTICIPANTS = [
  'jvk.steenwijkerland', 'pm.desteenuil', 'wijkteam.steenwijkerland', 'jo.devrijheid', 'jo.heechterp', 'jvk.leeuwarden', 'gebiedsteam.leeuwarden', 'ggz.waddenkust',
];

export interface GeneratedProfessional {
  email: string;
  name: string;
  jobFunction: JobFunction;
  organisation: string;
  themes: Theme[];
}

/** Deterministic: the same 265 names, functions and organisations every time. */
export function trainingParticipants(): GeneratedProfessional[] {
  const people: GeneratedProfessional[] = [];
  let i = 0;
  for (const [organisation, count, functions] of PARTICIPANT_ORGANISATIONS) {
    for (let k = 0; k < count; k++, i++) {
      // i = a + 40b gives first name a and last name (17b + a) mod 30: unique for b < 30/gcd(17,30) = 30.
      const first = FIRST_NAMES[i % FIRST_NAMES.length]!;
      const last = LAST_NAMES[(17 * Math.floor(i / FIRST_NAMES.length) + (i % FIRST_NAMES.length)) % LAST_NAMES.length]!;
      people.push({
        email: `kansrijkestart.${String(i + 1).padStart(3, '0')}${EMAIL_DOMAIN}`,
        name: `${first} ${last}`,
        jobFunction: functions[k % functions.length]!,
        organisation,
        themes: ['eerste-2000-dagen', PARTICIPANT_THEMES[i % PARTICIPANT_THEMES.length]!],
      });
    }
  }
  return people;
}

// ---- Seeding ----

/** A reporting quarter `back` quarters before the current one (1 = the last closed quarter). */
function quarterBefore(today: string, back: number): { start: string; end: string } {
  const year = Number(today.slice(0, 4));
  const quarterIndex = Math.floor((Number(today.slice(5, 7)) - 1) / 3) - back;
  const y = year + Math.floor(quarterIndex / 4);
  const q = ((quarterIndex % 4) + 4) % 4;
  const start = `${y}-${String(q * 3 + 1).padStart(2, '0')}-01`;
  const next = q === 3 ? `${y + 1}-01-01` : `${y}-${String(q * 3 + 4).padStart(2, '0')}-01`;
  return { start, end: addDays(next, -1) };
}

function monthsBefore(today: string, months: number): string {
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
}

const at = (day: string, time: string) => new Date(`${day}T${time}:00+01:00`);

/**
 * Writes the programmes, learning network and training once; nothing when any programme exists. Runs right
 * after the demo region and families, so the organisations and demo professionals are there.
 */
export async function seedDemoProgrammes(db: Db, _config?: Config, now: Date = new Date()): Promise<{ programmes: number; participants: number }> {
  const existing = await db.selectFrom('programmes').select('id').limit(1).executeTakeFirst();
  if (existing) return { programmes: 0, participants: 0 };
  return db.transaction().execute((tx) => seed(tx, now));
}

async function seed(tx: Tx, now: Date) {
  const today = dayOf(now);
  const organisations = new Map((await tx.selectFrom('organisations').select(['id', 'name']).execute()).map((o) => [o.name, o.id]));
  const areas = new Map((await tx.selectFrom('areas').select(['id', 'code']).execute()).map((a) => [a.code, a.id]));
  const users = new Map((await tx.selectFrom('users').select(['id', 'email', 'password_hash']).execute()).map((u) => [u.email, u]));
  const org = (name: string) => required(organisations.get(name), `organisatie '${name}'`);
  const user = (local: string) => required(users.get(`${local}${EMAIL_DOMAIN}`), `professional '${local}'`).id;
  const penvoerder = user('penvoerder.drenthe');
  const admin = user('beheerder');

  // The programme lead of Samen voor Ryan, to try the training and learning network as its organiser.
  const leadId = randomUUID();
  await tx
    .insertInto('users')
    .values({
      id: leadId,
      email: PROGRAMME_LEAD_EMAIL,
      name: 'Gerda Bos',
      // The same demo password as every demo account: its hash is copied, not computed again.
      password_hash: users.get(`beheerder${EMAIL_DOMAIN}`)?.password_hash ?? null,
      job_function: 'programmaleider',
      phone: '06-00000143',
      themes: ['eerste-2000-dagen', 'vroegsignalering'],
      bio: 'Programmaleider van Samen voor Ryan bij de gemeente Steenwijkerland; organiseert de scholing Kansrijke Start.',
    })
    .execute();
  await tx.insertInto('memberships').values([{ user_id: leadId, organisation_id: org('Gemeente Steenwijkerland') }, { user_id: leadId, organisation_id: org('Netwerk Samen voor Ryan') }]).execute();
  await tx.insertInto('role_grants').values([{ user_id: leadId, role: 'programme-lead', organisation_id: org('Gemeente Steenwijkerland') }, { user_id: leadId, role: 'professional' }]).execute();

  // ---- Programmes, projects, goals ----
  const programmeIds = new Map<string, string>();
  const projectIds = new Map<string, string>();
  const programmeRows = [];
  const areaRows = [];
  const participantRows = [];
  const projectRows = [];
  const partnerRows = [];
  for (const p of PROGRAMMES) {
    const id = randomUUID();
    programmeIds.set(p.key, id);
    const startsOn = monthsBefore(today, p.startedMonthsAgo);
    programmeRows.push({
      id, name: p.name, aim: p.aim, lead_organisation_id: org(p.lead), status: p.status, starts_on: startsOn,
      ends_on: addDays(monthsBefore(startsOn, -p.durationMonths), -1), report_every_months: 3, indicator_codes: p.indicatorCodes,
      created_by: p.lead === 'Provincie Drenthe' ? penvoerder : admin, created_at: at(startsOn, '09:00'), updated_at: at(startsOn, '09:00'),
    });
    for (const code of p.areaCodes) areaRows.push({ programme_id: id, area_id: required(areas.get(code), `gebied '${code}'`) });
    participantRows.push({ programme_id: id, organisation_id: org(p.lead), role: 'lead' as const, joined_on: startsOn });
    for (const [name, role] of p.participants) participantRows.push({ programme_id: id, organisation_id: org(name), role, joined_on: startsOn });
    for (const project of p.projects) {
      const projectId = randomUUID();
      projectIds.set(project.key, projectId);
      const projectStart = project.startedMonthsAgo === null ? null : monthsBefore(today, project.startedMonthsAgo);
      projectRows.push({
        id: projectId, programme_id: id, name: project.name, description: project.description, organisation_id: project.organisation ? org(project.organisation) : null,
        status: project.status, starts_on: projectStart ?? monthsBefore(today, -2), ends_on: null, created_by: programmeRows.at(-1)!.created_by,
        created_at: at(projectStart ?? addDays(today, -20), '10:00'), updated_at: at(projectStart ?? addDays(today, -20), '10:00'),
      });
      for (const [name, contribution] of project.partners) partnerRows.push({ project_id: projectId, organisation_id: org(name), contribution });
    }
  }
  await tx.insertInto('programmes').values(programmeRows).execute();
  await tx.insertInto('programme_areas').values(areaRows).execute();
  await tx.insertInto('programme_organisations').values(participantRows).execute();
  await tx.insertInto('projects').values(projectRows).execute();
  await tx.insertInto('project_partners').values(partnerRows).execute();

  // ---- Kansen4Kinderen: the first questionnaire (closed, answered by five schools) and a mid-term one (open) ----
  const k4k = programmeIds.get('k4k')!;
  const k4kStart = programmeRows.find((p) => p.id === k4k)!.starts_on;
  const intake = randomUUID();
  const midterm = randomUUID();
  const intakeSent = at(addDays(k4kStart, 7), '09:00');
  await tx
    .insertInto('questionnaires')
    .values([
      {
        id: intake, programme_id: k4k, title: 'Vragen en doelstellingen van de scholen', status: 'closed', closes_on: addDays(k4kStart, 35),
        introduction: 'We starten Kansen4Kinderen met het ophalen van uw vragen en doelstellingen. Uw antwoorden vormen de basis voor het project op uw school.',
        sent_at: intakeSent, sent_by: penvoerder, closed_at: at(addDays(k4kStart, 36), '09:00'), created_by: penvoerder, created_at: at(addDays(k4kStart, 5), '14:00'),
      },
      {
        id: midterm, programme_id: k4k, title: 'Tussenmeting schooljaar', status: 'sent', closes_on: addDays(today, 21),
        introduction: 'Halverwege het schooljaar horen we graag hoe het gaat. De antwoorden bespreken we in de volgende bijeenkomst van de scholen.',
        sent_at: at(addDays(today, -10), '09:00'), sent_by: penvoerder, closed_at: null, created_by: penvoerder, created_at: at(addDays(today, -11), '15:00'),
      },
    ])
    .execute();
  const intakeQuestions = K4K_QUESTIONS.map((text, i) => ({ id: randomUUID(), questionnaire_id: intake, position: i + 1, text, hint: null }));
  const midtermQuestions = MIDTERM_QUESTIONS.map((text, i) => ({ id: randomUUID(), questionnaire_id: midterm, position: i + 1, text, hint: null }));
  await tx.insertInto('questionnaire_questions').values([...intakeQuestions, ...midtermQuestions]).execute();
  await tx
    .insertInto('questionnaire_recipients')
    .values([intake, midterm].flatMap((questionnaire_id) => K4K_SCHOOLS.map((school) => ({ questionnaire_id, organisation_id: org(school) }))))
    .execute();

  const answerIds = new Map<string, string>();
  const responseRows: Insertable<QuestionnaireResponsesTable>[] = [];
  const answerRows: Insertable<QuestionnaireAnswersTable>[] = [];
  Object.entries(K4K_ANSWERS).forEach(([key, { school, answers }], i) => {
    const responseId = randomUUID();
    const submittedAt = at(addDays(k4kStart, 14 + i * 3), '16:00');
    responseRows.push({ id: responseId, questionnaire_id: intake, organisation_id: org(school), status: 'submitted' as const, submitted_at: submittedAt, submitted_by: null, updated_at: submittedAt, updated_by: null });
    answers.forEach((text, q) => {
      const id = randomUUID();
      answerIds.set(`${key}:${q + 1}`, id);
      answerRows.push({ id, response_id: responseId, question_id: intakeQuestions[q]!.id, text });
    });
  });
  const midtermAnswers: [string, 'submitted' | 'draft', string[]][] = [
    ['OBS De Zwerfsteen', 'submitted', ['Voorleespakketten uitgedeeld aan 24 gezinnen; peuteropvang en groep 1 werken met dezelfde thema\'s.', 'Ouders die we niet bereiken via de nieuwsbrief.', 'Een voorbeeld van een huisbezoek-aanpak.']],
    ['OBS De Veenhorst', 'submitted', ['Drie taalcafés gehouden, gemiddeld twaalf ouders.', 'Tolken zijn lastig te regelen.', 'Budget voor tolken en materialen in meerdere talen.']],
    ['CBS De Hunebed', 'draft', ['Leesouders geworven in vier van de zes groepen.']],
  ];
  midtermAnswers.forEach(([school, status, answers], i) => {
    const responseId = randomUUID();
    const moment = at(addDays(today, -8 + i * 2), '15:30');
    responseRows.push({
      id: responseId, questionnaire_id: midterm, organisation_id: org(school), status, submitted_at: status === 'submitted' ? moment : null,
      submitted_by: null, updated_at: moment, updated_by: null,
    });
    answers.forEach((text, q) => answerRows.push({ id: randomUUID(), response_id: responseId, question_id: midtermQuestions[q]!.id, text }));
  });
  await tx.insertInto('questionnaire_responses').values(responseRows).execute();
  await tx.insertInto('questionnaire_answers').values(answerRows).execute();

  const goalRows = [];
  for (const p of PROGRAMMES) {
    for (const project of p.projects) {
      const row = projectRows.find((r) => r.id === projectIds.get(project.key))!;
      for (const goal of project.goals) {
        goalRows.push({
          project_id: row.id, description: goal.description, target: goal.target ?? null, status: goal.status,
          source_answer_id: goal.fromAnswer ? required(answerIds.get(`${goal.fromAnswer[0]}:${goal.fromAnswer[1]}`), 'antwoord') : null,
          created_by: row.created_by, created_at: row.created_at, updated_at: row.created_at,
        });
      }
    }
  }
  await tx.insertInto('project_goals').values(goalRows).execute();

  // ---- Progress reports: up to date for most, but Kansen4Kinderen misses the last quarter (a report due) ----
  const reportRows: Insertable<ProgressReportsTable>[] = [];
  const report = (programmeKey: string, projectKey: string | null, back: number, author: string | null, texts: [string, string, string]) => {
    const period = quarterBefore(today, back);
    reportRows.push({
      programme_id: programmeIds.get(programmeKey)!, project_id: projectKey ? projectIds.get(projectKey)! : null, period_start: period.start, period_end: period.end,
      done: texts[0], learned: texts[1], next_steps: texts[2], author_id: author, created_at: at(addDays(period.end, 12), '11:00'), updated_at: at(addDays(period.end, 12), '11:00'),
    });
  };
  for (let back = 5; back >= 2; back--) {
    report('k4k', null, back, penvoerder, [
      back === 5 ? 'Vragen en doelstellingen opgehaald bij zeven scholen; vijf scholen gaven antwoord.' : `Projecten lopen op ${back === 2 ? 'drie' : 'twee'} scholen; bijeenkomst van de scholen gehouden.`,
      'Scholen willen vooral van elkaar leren; een vaste bijeenkomst per kwartaal werkt.',
      'Meer scholen laten aansluiten; de tussenmeting voorbereiden.',
    ]);
  }
  report('k4k', 'zwerfsteen', 2, penvoerder, ['Voorleespakketten ontwikkeld met de peuteropvang.', 'Huisbezoeken bereiken ouders die niet naar school komen.', 'Uitrol naar alle peuters in het dorp.']);
  report('k4k', 'veenhorst', 1, penvoerder, ['Taalcafé gestart.', 'Tolken zijn nodig voor een deel van de ouders.', 'Budget voor tolken aanvragen.']);
  for (const key of ['kinderen-eerst', 'integrale-jeugdhulp', 'gewoon-dichtbij', 'samen-voor-ryan', 'kansrijke-start-leeuwarden']) {
    for (let back = 3; back >= 1; back--) {
      report(key, null, back, key === 'samen-voor-ryan' ? leadId : key === 'kinderen-eerst' ? user('programma.aaenhunze') : admin, [
        'De afgesproken activiteiten zijn uitgevoerd.',
        'Korte lijnen tussen de partners maken het verschil.',
        'Doorgaan volgens plan en de resultaten delen met de gemeenteraad.',
      ]);
    }
  }
  report('sterke-basis', 'vroeg-erbij', 2, user('ib.zuiderbreedte'), [
    'Alle leerkrachten volgden de training pedagogisch klimaat; de jeugdhulpverlener van Yorneo is twee dagen per week op school.',
    'Samen in de klas kijken werkt beter dan een verwijzing: de leerkracht leert mee.',
    'De werkwijze delen met CBS De Sprong en OBS Het Spectrum.',
  ]);
  await tx.insertInto('progress_reports').values(reportRows).execute();

  // ---- The Kansrijke Start training: 265 generated professionals and 8 demo professionals ----
  const generated = trainingParticipants();
  const userRows: Insertable<UsersTable>[] = generated.map((p) => ({
    id: randomUUID(), email: p.email, name: p.name, password_hash: null, job_function: p.jobFunction, phone: null, themes: p.themes,
    bio: 'Deelnemer aan de scholing Kansrijke Start: de eerste 2000 dagen.',
  }));
  await tx.insertInto('users').values(userRows).execute();
  await tx.insertInto('memberships').values(generated.map((p, i) => ({ user_id: userRows[i]!.id!, organisation_id: org(p.organisation) }))).execute();
  await tx.insertInto('role_grants').values(userRows.map((u) => ({ user_id: u.id!, role: 'professional' as const }))).execute();

  const namedIds = NAMED_PARTICIPANTS.map(user);
  const namedOrganisations = new Map(
    (await tx.selectFrom('memberships').select(['user_id', 'organisation_id']).where('user_id', 'in', namedIds).orderBy('created_at').orderBy('organisation_id').execute())
      .reverse()
      .map((m) => [m.user_id, m.organisation_id]),
  );
  const participants = [
    ...generated.map((p, i) => ({ userId: userRows[i]!.id!, organisationId: org(p.organisation) })),
    ...namedIds.map((userId) => ({ userId, organisationId: namedOrganisations.get(userId) ?? null })),
  ];

  const trainingId = randomUUID();
  const trainingStart = addDays(today, -260);
  await tx
    .insertInto('trainings')
    .values({
      id: trainingId, name: 'Kansrijke Start: de eerste 2000 dagen', provider: 'Hogeschool VIAA', programme_id: programmeIds.get('samen-voor-ryan')!,
      organiser_organisation_id: org('Gemeente Steenwijkerland'), is_enrolment_open: true, created_by: leadId, created_at: at(addDays(trainingStart, -30), '10:00'),
      description:
        'Eén scholingsprogramma voor alle professionals rond de eerste 2000 dagen, van conceptie tot ongeveer 5,5 jaar: online en op locatie, ' +
        'met themagroepen in het leernetwerk om ervaringen uit te wisselen.',
    })
    .execute();
  const modules = [
    { title: 'De eerste 2000 dagen', description: 'Van conceptie tot 5,5 jaar: wat kinderen nodig hebben en wat ouders helpt.', daysAgo: 250 },
    { title: 'Vroegsignalering en het gesprek met ouders', description: 'Zorgen vroeg zien en bespreekbaar maken.', daysAgo: 180 },
    { title: 'Armoede en bestaanszekerheid', description: 'Wat armoede doet met jonge gezinnen, en wat je als professional kunt doen.', daysAgo: 100 },
    { title: 'Samenwerken in het netwerk', description: 'Het zorgpad, elkaar kennen en warm overdragen.', daysAgo: 20 },
  ].map((m, i) => ({ ...m, id: randomUUID(), position: i + 1 }));
  await tx.insertInto('training_modules').values(modules.map((m) => ({ id: m.id, training_id: trainingId, position: m.position, title: m.title, description: m.description }))).execute();
  // Every module: one session online and one on location a week later; the last module has one still to come.
  const sessions = modules.flatMap((m) => [
    { id: randomUUID(), module_id: m.id, day: addDays(today, -m.daysAgo), mode: 'online' as const, location: null, online_url: `https://leren.samenvoorryan.example/module-${m.position}` },
    {
      id: randomUUID(), module_id: m.id, day: addDays(today, m.position === 4 ? 14 : -m.daysAgo + 7), mode: 'on-location' as const,
      location: m.position % 2 ? 'Gemeentehuis Steenwijk, Gasthuisstraat 1' : 'IKC Heechterp, Valeriusstraat 4, Leeuwarden', online_url: null,
    },
  ]);
  await tx
    .insertInto('training_sessions')
    .values(sessions.map((s) => ({ id: s.id, module_id: s.module_id, starts_at: at(s.day, '13:30'), ends_at: at(s.day, '16:30'), mode: s.mode, location: s.location, online_url: s.online_url, created_at: at(trainingStart, '10:00') })))
    .execute();

  const enrolments: Insertable<TrainingEnrolmentsTable>[] = participants.map((p, i) => ({
    training_id: trainingId, user_id: p.userId, organisation_id: p.organisationId, enrolled_at: at(addDays(trainingStart, -20 + (i % 15)), '12:00'),
  }));
  // Fewer professionals complete each later module; the last one is still running.
  const shares = [96, 84, 71, 38];
  const completions: Insertable<ModuleCompletionsTable>[] = [];
  const attendance: Insertable<SessionAttendanceTable>[] = [];
  participants.forEach((p, i) => {
    const score = (i * 37) % 100;
    modules.forEach((m, mi) => {
      const [online, onLocation] = sessions.filter((s) => s.module_id === m.id);
      const session = i % 2 === 0 || m.position === 4 ? online! : onLocation!;
      const completed = score < shares[mi]!;
      if (completed) completions.push({ module_id: m.id, user_id: p.userId, completed_on: session.day, recorded_by: leadId, recorded_at: at(session.day, '17:00') });
      if (completed || i % 3 === 0) attendance.push({ session_id: session.id, user_id: p.userId, attended: completed, recorded_by: leadId, recorded_at: at(session.day, '17:00') });
    });
  });
  await insertChunked(tx, 'training_enrolments', enrolments);
  await insertChunked(tx, 'module_completions', completions);
  await insertChunked(tx, 'session_attendance', attendance);

  // ---- Learning network: themed groups, members, posts, replies, an attachment, notifications ----
  const groups = [
    { key: 'vroegsignalering', name: 'Vroegsignalering', theme: 'vroegsignalering', programme: 'samen-voor-ryan', description: 'Zorgen over jonge kinderen vroeg zien en bespreken: wat werkt, welke signalen, hoe ga je het gesprek aan?' },
    { key: 'armoede', name: 'Armoede en bestaanszekerheid', theme: 'armoede', programme: 'samen-voor-ryan', description: 'Ervaringen met gezinnen die rond moeten komen, regelingen die helpen, en hoe je het onderwerp bespreekbaar maakt.' },
    { key: 'corona', name: 'Corona en opgroeien', theme: 'corona', programme: 'samen-voor-ryan', description: 'Wat de coronatijd betekende voor jonge gezinnen en voor ons werk, en wat we ervan leerden.' },
    { key: 'taal', name: 'Taal en lezen op school', theme: 'taal-en-lezen', programme: 'k4k', description: 'Voor de scholen en partners van Kansen4Kinderen: aanpakken voor woordenschat, voorlezen en leesplezier.' },
  ].map((g) => ({ ...g, id: randomUUID() }));
  await tx
    .insertInto('learning_groups')
    .values(groups.map((g) => ({
      id: g.id, name: g.name, description: g.description, theme: g.theme, programme_id: required(programmeIds.get(g.programme), `programma '${g.programme}'`),
      created_by: g.programme === 'k4k' ? penvoerder : leadId, created_at: at(addDays(trainingStart, -25), '10:00'),
    })))
    .execute();
  const group = (key: string) => groups.find((g) => g.key === key)!.id;
  const members: Insertable<GroupMembersTable>[] = [];
  const join = (groupKey: string, userId: string, role: 'member' | 'moderator' = 'member', daysAgo = 240) =>
    members.push({ group_id: group(groupKey), user_id: userId, role, joined_at: at(addDays(today, -daysAgo), '12:00') });
  for (const key of ['vroegsignalering', 'armoede', 'corona']) join(key, leadId, 'moderator', 255);
  participants.forEach((p, i) => {
    if (i % 2 === 0) join('vroegsignalering', p.userId);
    if (i % 3 === 0) join('armoede', p.userId);
    if (i % 5 === 0) join('corona', p.userId);
  });
  join('taal', penvoerder, 'moderator', 400);
  for (const local of ['ib.zuiderbreedte', 'jvk.hoogeveen', 'poh.gieten']) if (!members.some((m) => m.group_id === group('vroegsignalering') && m.user_id === user(local))) join('vroegsignalering', user(local), 'member', 120);
  for (const local of ['leerkracht.gieten', 'ib.hetspectrum', 'ib.zuiderbreedte', 'ib.deveenhorst']) join('taal', user(local), 'member', 300);
  for (const local of ['mw.aaenhunze', 'wijkteam.emmen']) join('armoede', user(local), 'member', 90);
  const uniqueMembers = [...new Map(members.map((m) => [`${m.group_id}:${m.user_id}`, m])).values()];
  await insertChunked(tx, 'group_members', uniqueMembers);

  const posts = [
    { group: 'vroegsignalering', author: user('jvk.steenwijkerland'), daysAgo: 60, title: 'Signalen bij het consultatiebureau', body: 'Welke vragen stellen jullie bij het eerste huisbezoek om zorgen rond slaap en hechting vroeg te zien? Wij werken sinds kort met een korte gesprekskaart.' },
    { group: 'vroegsignalering', author: user('ib.zuiderbreedte'), daysAgo: 6, title: 'Overdracht van peuteropvang naar school', body: 'Bij ons is de warme overdracht van Het Koppeltie naar groep 1 een vast moment geworden. Hoe regelen jullie dat, en wie is erbij?' },
    { group: 'armoede', author: user('wijkteam.steenwijkerland'), daysAgo: 40, title: 'Geldzorgen bespreekbaar maken', body: 'Veel ouders schamen zich. Wat helpt: een vaste vraag in het intakegesprek, of juist wachten tot het vertrouwen er is?' },
    { group: 'corona', author: leadId, daysAgo: 120, title: 'Wat hebben we geleerd?', body: 'De scholing moest online. Wat namen jullie mee uit die tijd dat we willen houden?' },
    { group: 'taal', author: penvoerder, daysAgo: 30, title: 'Bijeenkomst van de scholen', body: 'De volgende bijeenkomst van de scholen gaat over de tussenmeting. Het verslag van de vorige keer staat als bijlage bij dit bericht.' },
  ].map((p) => ({ ...p, id: randomUUID(), createdAt: at(addDays(today, -p.daysAgo), '10:15') }));
  const replies = [
    { post: 0, author: user('jo.devrijheid'), daysAgo: 59, body: 'Wij vragen altijd naar het netwerk van de ouders: wie kan er bijspringen? Dat zegt vaak meer dan een vragenlijst.' },
    { post: 0, author: user('jvk.leeuwarden'), daysAgo: 57, body: 'In de centering parenting-groepen komt veel vanzelf ter sprake. Ouders herkennen het bij elkaar.' },
    { post: 1, author: user('jvk.steenwijkerland'), daysAgo: 2, body: 'Bij ons schuift de jeugdverpleegkundige aan bij de overdracht als er zorgen waren op het consultatiebureau. Ouders zijn er altijd bij.' },
    { post: 2, author: user('gebiedsteam.leeuwarden'), daysAgo: 38, body: 'Een vaste vraag werkt bij ons beter: als iedereen hem krijgt, voelt niemand zich aangewezen.' },
  ].map((r) => ({ ...r, id: randomUUID(), createdAt: at(addDays(today, -r.daysAgo), '14:40') }));
  await tx
    .insertInto('group_posts')
    .values(posts.map((p, i) => ({
      id: p.id, group_id: group(p.group), author_id: p.author, title: p.title, body: p.body, created_at: p.createdAt,
      last_activity_at: [p.createdAt, ...replies.filter((r) => r.post === i).map((r) => r.createdAt)].reduce((a, b) => (a > b ? a : b)),
    })))
    .execute();
  await tx.insertInto('post_replies').values(replies.map((r) => ({ id: r.id, post_id: posts[r.post]!.id, author_id: r.author, body: r.body, created_at: r.createdAt }))).execute();
  const minutes = Buffer.from(
    'Verslag bijeenkomst scholen Kansen4Kinderen\n\n- Vijf scholen delen hun aanpak voor woordenschat.\n- Afspraak: de tussenmeting gaat na de herfstvakantie uit.\n- Volgende bijeenkomst: de resultaten van de tussenmeting.\n',
    'utf8',
  );
  await tx
    .insertInto('attachments')
    .values({
      post_id: posts[4]!.id, reply_id: null, file_name: 'verslag-bijeenkomst-scholen.txt', content_type: 'text/plain', size_bytes: minutes.length,
      sha256: createHash('sha256').update(minutes).digest('hex'), data: minutes, uploaded_by: penvoerder, created_at: posts[4]!.createdAt,
    })
    .execute();

  // What the demo accounts find in their inbox: a reply to Anouk's post, new posts for the groups' members.
  const notifications: Insertable<NotificationsTable>[] = [];
  const groupName = (key: string) => groups.find((g) => g.key === key)!.name;
  const reply = replies[2]!;
  const replied = posts[reply.post]!;
  notifications.push({
    recipient_id: replied.author, kind: 'post-reply', link: `/leernetwerk/groepen/${group(replied.group)}/berichten/${replied.id}#reactie-${reply.id}`, created_at: reply.createdAt,
    data: JSON.stringify({ groupId: group(replied.group), groupName: groupName(replied.group), postId: replied.id, postTitle: replied.title, replyId: reply.id, authorId: reply.author, authorName: 'Ilse Kamphuis' }),
  });
  for (const post of [posts[1]!, posts[4]!]) {
    const authorName = (await tx.selectFrom('users').select('name').where('id', '=', post.author).executeTakeFirstOrThrow()).name;
    for (const m of uniqueMembers.filter((m) => m.group_id === group(post.group) && m.user_id !== post.author)) {
      notifications.push({
        recipient_id: m.user_id, kind: 'group-post', link: `/leernetwerk/groepen/${group(post.group)}/berichten/${post.id}`, created_at: post.createdAt,
        data: JSON.stringify({ groupId: group(post.group), groupName: groupName(post.group), postId: post.id, postTitle: post.title, authorId: post.author, authorName }),
      });
    }
  }
  const midtermLink = `/programmas/${k4k}/vragenlijsten/${midterm}`;
  const schoolStaff = await tx
    .selectFrom('memberships as m')
    .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
    .select(['m.user_id', 'o.id', 'o.name'])
    .where('o.name', 'in', K4K_SCHOOLS)
    .execute();
  for (const s of schoolStaff) {
    notifications.push({
      recipient_id: s.user_id, kind: 'questionnaire-sent', link: midtermLink, created_at: at(addDays(today, -10), '09:00'),
      data: JSON.stringify({ questionnaireId: midterm, title: 'Tussenmeting schooljaar', programmeId: k4k, programmeName: 'Kansen4Kinderen', organisationId: s.id, organisationName: s.name, closesOn: addDays(today, 21) }),
    });
  }
  await insertChunked(tx, 'notifications', notifications);

  return { programmes: PROGRAMMES.length, participants: participants.length };
}

async function insertChunked<T extends 'training_enrolments' | 'module_completions' | 'session_attendance' | 'group_members' | 'notifications'>(
  tx: Tx,
  table: T,
  rows: Insertable<Database[T]>[],
) {
  // 1000 rows of at most 7 columns stay far below PostgreSQL's 65535 parameters per statement.
  for (let i = 0; i < rows.length; i += 1000) await tx.insertInto(table).values(rows.slice(i, i + 1000) as never).execute();
}

// A typo in the seed data should fail loudly at seeding, not leave a dangling reference.
function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Demodata voor programma's verwijst naar onbekende ${what} (unknown reference)`);
  return value;
}
