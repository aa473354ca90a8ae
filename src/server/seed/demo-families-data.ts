import type { GoalStatus, LegalGround, LifeDomain } from '../db/schema.js';
import type { ConsentGiver } from '../modules/consents/rules.js';

/*
 * The demo families: fictional households in the demo region, each told as a story of steps that the seeder
 * plays through the domain services (so every involvement, audit entry and timeline event is real).
 * `at` counts days before today; a story's steps go forward in time (`at` never grows). Dates inside a step
 * (`requested`, `started`) are days before today too and never later than the step itself.
 * Professionals are named by the local part of their demo e-mail address (…@dichtbij.example).
 * All names, BSNs and situations are invented; the BSNs are test numbers that pass the 11-test.
 */

export interface ChildSeed {
  key: string;
  givenName: string;
  familyName: string;
  bsn?: string;
  /** Age today as [years, days]; leave out for an unborn child. */
  age?: [number, number];
  /** For an unborn child: the expected birth date, in days from today. */
  expectedInDays?: number;
  municipalityCode: string;
  neighbourhoodCode?: string;
  school?: string;
}

export interface GuardianSeed {
  givenName: string;
  familyName: string;
  hasParentalAuthority: boolean;
  relation?: 'parent' | 'guardian' | 'foster-parent' | 'other';
}

type Referrer = '01' | '02' | '03' | '06';
type FormOfHelp = '01' | '02' | '04' | '11' | '14';

export interface EpisodeSeed {
  episode: string;
  child: string;
  level: 1 | 2 | 3;
  provider: string;
  kind: string;
  intensity: string;
  referrer: Referrer;
  formOfHelp: FormOfHelp;
  productCategory?: string;
  /** Days before today; the step's own day when left out. */
  requested?: number;
  /** Days before today (levels 1 and 2 only: level 3 starts after the access team's decision). */
  started?: number;
}

export type Step = { at: number; by: string } & (
  | { do: 'register'; child: ChildSeed }
  | { do: 'family'; guardians: GuardianSeed[] }
  | { do: 'consent'; child: string; givenBy: ConsentGiver[]; organisations: string[]; purpose: string }
  | { do: 'plan'; coordinator: string }
  | { do: 'team'; member: string; legalGround?: LegalGround }
  | { do: 'goal'; goal: string; domain: LifeDomain; description: string; child?: string }
  | { do: 'evaluate'; goal: string; score: number; note: string }
  | { do: 'goal-status'; goal: string; status: GoalStatus }
  | ({ do: 'episode' } & EpisodeSeed)
  | { do: 'start'; episode: string }
  | { do: 'update-episode'; episode: string; kind?: string; intensity?: string }
  | { do: 'level'; episode: string; to: number; reason: string }
  | { do: 'decide'; episode: string; approved: boolean; reason: string }
  | { do: 'end'; episode: string; endReason: '01' | '02'; satisfaction: number; continuation: '01' | '02' | '03' | '04' }
  | { do: 'handover'; to: string; note: string }
  | { do: 'accept-handover' }
  | { do: 'close'; reason: string }
);

export interface FamilyStory {
  name: string;
  /** What the demo shows with this family. */
  state: string;
  steps: Step[];
}

const HOOGEVEEN = { municipalityCode: 'GM0118', neighbourhoodCode: 'WK011801', school: 'Brede school De Zuiderbreedte' };
const GIETEN = { municipalityCode: 'GM1680', neighbourhoodCode: 'WK168000' };
const EMMEN = 'GM0114';
const YORNEO = 'Yorneo';
const JDD = 'Jeugdhulp Dichtbij Drenthe';
const WELZIJN_AEH = 'Welzijnswerk Aa en Hunze';

export const DEMO_FAMILIES: FamilyStory[] = [
  {
    name: 'Gezin Kok',
    state: 'nieuw: aangemeld door de intern begeleider, nog geen plan',
    steps: [
      { at: 6, by: 'ib.zuiderbreedte', do: 'register', child: { key: 'noah', givenName: 'Noah', familyName: 'Kok', bsn: '999910103', age: [7, 120], ...HOOGEVEEN } },
      { at: 6, by: 'ib.zuiderbreedte', do: 'family', guardians: [{ givenName: 'Sanne', familyName: 'Kok', hasParentalAuthority: true }, { givenName: 'Dennis', familyName: 'Kok', hasParentalAuthority: true }] },
    ],
  },
  {
    name: 'Gezin Bos',
    state: 'ambulante jeugdhulp (niveau 2) bij Yorneo; regie bij de intern begeleider',
    steps: [
      { at: 330, by: 'ib.zuiderbreedte', do: 'register', child: { key: 'sem', givenName: 'Sem', familyName: 'Bos', bsn: '999910176', age: [9, 45], ...HOOGEVEEN } },
      { at: 330, by: 'ib.zuiderbreedte', do: 'family', guardians: [{ givenName: 'Marieke', familyName: 'Bos', hasParentalAuthority: true }, { givenName: 'Erik', familyName: 'Bos', hasParentalAuthority: true }] },
      { at: 328, by: 'ib.zuiderbreedte', do: 'plan', coordinator: 'ib.zuiderbreedte' },
      { at: 328, by: 'ib.zuiderbreedte', do: 'goal', goal: 'school', domain: 'school', child: 'sem', description: 'We willen dat Sem weer met plezier naar school gaat.' },
      { at: 328, by: 'ib.zuiderbreedte', do: 'goal', goal: 'thuis', domain: 'parenting', description: 'Wij willen rustig blijven als Sem boos wordt, zodat de avonden thuis weer gezellig zijn.' },
      { at: 300, by: 'ib.zuiderbreedte', do: 'consent', child: 'sem', givenBy: ['parent'], organisations: [YORNEO], purpose: 'Ambulante gezinsbegeleiding door Yorneo' },
      { at: 300, by: 'ib.zuiderbreedte', do: 'team', member: 'jeugdhulp.yorneo' },
      { at: 285, by: 'jeugdhulp.yorneo', do: 'episode', episode: 'begeleiding', child: 'sem', level: 2, provider: YORNEO, kind: 'Ambulante gezinsbegeleiding', intensity: '2 uur per week, thuis', referrer: '01', formOfHelp: '02', productCategory: '45', requested: 300, started: 285 },
      { at: 240, by: 'jeugdhulp.yorneo', do: 'evaluate', goal: 'school', score: 4, note: 'Sem gaat nog met buikpijn naar school; de ochtenden zijn zwaar.' },
      { at: 240, by: 'jeugdhulp.yorneo', do: 'goal-status', goal: 'school', status: 'in-progress' },
      { at: 150, by: 'ib.zuiderbreedte', do: 'evaluate', goal: 'school', score: 6, note: 'Sem gaat drie van de vijf ochtenden zonder tranen naar school.' },
      { at: 150, by: 'jeugdhulp.yorneo', do: 'evaluate', goal: 'thuis', score: 6, note: 'Ouders gebruiken de afgesproken time-out; de ruzies duren korter.' },
      { at: 40, by: 'ib.zuiderbreedte', do: 'evaluate', goal: 'school', score: 7, note: 'Sem vertelt thuis weer over zijn vriendjes in de klas.' },
      { at: 40, by: 'jeugdhulp.yorneo', do: 'evaluate', goal: 'thuis', score: 7, note: 'De avonden zijn rustiger; vader en moeder reageren op dezelfde manier.' },
    ],
  },
  {
    name: 'Gezin Schutte',
    state: 'lichte ondersteuning (niveau 1) door het sociaal team; regie-overdracht aan de intern begeleider wacht op acceptatie',
    steps: [
      { at: 200, by: 'sociaalteam.hoogeveen', do: 'register', child: { key: 'lieke', givenName: 'Lieke', familyName: 'Schutte', bsn: '999910243', age: [10, 80], ...HOOGEVEEN } },
      { at: 200, by: 'sociaalteam.hoogeveen', do: 'register', child: { key: 'finn', givenName: 'Finn', familyName: 'Schutte', bsn: '999910310', age: [6, 210], ...HOOGEVEEN } },
      { at: 200, by: 'sociaalteam.hoogeveen', do: 'family', guardians: [{ givenName: 'Ilona', familyName: 'Schutte', hasParentalAuthority: true }] },
      { at: 198, by: 'sociaalteam.hoogeveen', do: 'plan', coordinator: 'sociaalteam.hoogeveen' },
      { at: 198, by: 'sociaalteam.hoogeveen', do: 'goal', goal: 'dag', domain: 'parenting', description: 'Ik wil als moeder weer grip op de dag, met vaste tijden voor eten en slapen.' },
      { at: 198, by: 'sociaalteam.hoogeveen', do: 'goal', goal: 'taal', domain: 'development', child: 'finn', description: 'We willen dat Finn beter leert praten, zodat hij op school kan vertellen wat hij wil.' },
      { at: 196, by: 'sociaalteam.hoogeveen', do: 'episode', episode: 'thuis', child: 'finn', level: 1, provider: 'Sociaal team Hoogeveen-Zuid', kind: 'Opvoedondersteuning thuis', intensity: 'Eén huisbezoek per week', referrer: '06', formOfHelp: '01', started: 196 },
      { at: 150, by: 'sociaalteam.hoogeveen', do: 'evaluate', goal: 'dag', score: 5, note: 'De avondroutine staat; de ochtenden zijn nog onrustig.' },
      { at: 70, by: 'sociaalteam.hoogeveen', do: 'consent', child: 'lieke', givenBy: ['parent'], organisations: ['Brede school De Zuiderbreedte'], purpose: 'Afstemming met school over de begeleiding' },
      { at: 70, by: 'sociaalteam.hoogeveen', do: 'consent', child: 'finn', givenBy: ['parent'], organisations: ['Brede school De Zuiderbreedte'], purpose: 'Afstemming met school over de begeleiding' },
      { at: 70, by: 'sociaalteam.hoogeveen', do: 'team', member: 'ib.zuiderbreedte' },
      { at: 60, by: 'ib.zuiderbreedte', do: 'evaluate', goal: 'taal', score: 6, note: 'Finn doet mee met de taalgroep en praat meer in de kring.' },
      { at: 30, by: 'sociaalteam.hoogeveen', do: 'evaluate', goal: 'dag', score: 7, note: 'Vaste tijden lukken bijna elke dag, ook in het weekend.' },
      { at: 5, by: 'sociaalteam.hoogeveen', do: 'handover', to: 'ib.zuiderbreedte', note: 'Thuis is het stabiel; de vragen liggen nu vooral op school. Anouk kent Lieke en Finn goed.' },
    ],
  },
  {
    name: 'Gezin Wever',
    state: 'afgesloten: doelen behaald, inzet volgens plan beëindigd',
    steps: [
      { at: 420, by: 'ib.zuiderbreedte', do: 'register', child: { key: 'yara', givenName: 'Yara', familyName: 'Wever', bsn: '999910383', age: [11, 200], ...HOOGEVEEN } },
      { at: 420, by: 'ib.zuiderbreedte', do: 'family', guardians: [{ givenName: 'Monique', familyName: 'Wever', hasParentalAuthority: true }] },
      { at: 418, by: 'ib.zuiderbreedte', do: 'plan', coordinator: 'ib.zuiderbreedte' },
      { at: 418, by: 'ib.zuiderbreedte', do: 'goal', goal: 'vriendinnen', domain: 'development', child: 'yara', description: 'We willen dat Yara weer vriendinnen heeft en zich niet meer buitengesloten voelt.' },
      { at: 418, by: 'ib.zuiderbreedte', do: 'goal', goal: 'school', domain: 'school', child: 'yara', description: 'Ik wil weer zonder buikpijn naar school.' },
      { at: 415, by: 'ib.zuiderbreedte', do: 'consent', child: 'yara', givenBy: ['parent'], organisations: ['Stichting Welzijnswerk Hoogeveen (SWW)'], purpose: 'Sociale vaardigheidstraining bij SWW' },
      { at: 415, by: 'ib.zuiderbreedte', do: 'team', member: 'smw.hoogeveen' },
      { at: 400, by: 'smw.hoogeveen', do: 'episode', episode: 'training', child: 'yara', level: 1, provider: 'Stichting Welzijnswerk Hoogeveen (SWW)', kind: 'Sociale vaardigheidstraining in een groep', intensity: '10 bijeenkomsten', referrer: '01', formOfHelp: '01', requested: 415, started: 400 },
      { at: 330, by: 'smw.hoogeveen', do: 'evaluate', goal: 'vriendinnen', score: 5, note: 'Yara durft in de groep te vertellen wat ze lastig vindt.' },
      { at: 330, by: 'ib.zuiderbreedte', do: 'evaluate', goal: 'school', score: 6, note: 'Minder ziekmeldingen; de buikpijn komt vooral op maandag.' },
      { at: 200, by: 'smw.hoogeveen', do: 'evaluate', goal: 'vriendinnen', score: 8, note: 'Yara speelt in de pauze met twee meisjes uit haar klas.' },
      { at: 200, by: 'ib.zuiderbreedte', do: 'evaluate', goal: 'school', score: 8, note: 'Geen ziekmeldingen meer in deze periode.' },
      { at: 120, by: 'smw.hoogeveen', do: 'end', episode: 'training', endReason: '01', satisfaction: 8, continuation: '04' },
      { at: 60, by: 'ib.zuiderbreedte', do: 'goal-status', goal: 'vriendinnen', status: 'met' },
      { at: 60, by: 'ib.zuiderbreedte', do: 'goal-status', goal: 'school', status: 'met' },
      { at: 45, by: 'ib.zuiderbreedte', do: 'close', reason: 'Doelen behaald: Yara heeft weer vriendinnen en gaat met plezier naar school. Het gezin kan zonder hulp verder.' },
    ],
  },
  {
    name: 'Gezin Kramer',
    state: 'Kinderen eerst: lichte ondersteuning (niveau 1) door de maatschappelijk werker in plaats van een verwijzing',
    steps: [
      { at: 120, by: 'huisarts.gieten', do: 'register', child: { key: 'mila', givenName: 'Mila', familyName: 'Kramer', bsn: '999910450', age: [5, 150], ...GIETEN, school: 'OBS De Zwerfsteen' } },
      { at: 120, by: 'huisarts.gieten', do: 'family', guardians: [{ givenName: 'Joyce', familyName: 'Kramer', hasParentalAuthority: true }, { givenName: 'Patrick', familyName: 'Kramer', hasParentalAuthority: true }] },
      { at: 120, by: 'huisarts.gieten', do: 'consent', child: 'mila', givenBy: ['parent'], organisations: [WELZIJN_AEH], purpose: 'Kinderen eerst: gesprek met de maatschappelijk werker' },
      { at: 119, by: 'huisarts.gieten', do: 'plan', coordinator: 'mw.aaenhunze' },
      { at: 119, by: 'huisarts.gieten', do: 'team', member: 'poh.gieten' },
      { at: 112, by: 'mw.aaenhunze', do: 'episode', episode: 'gesprekken', child: 'mila', level: 1, provider: WELZIJN_AEH, kind: 'Gesprekken maatschappelijk werk (Kinderen eerst)', intensity: 'Eens per twee weken', referrer: '02', formOfHelp: '01', requested: 119, started: 112 },
      { at: 112, by: 'mw.aaenhunze', do: 'goal', goal: 'slapen', domain: 'health', child: 'mila', description: 'We willen dat Mila weer in haar eigen bed slaapt en niet meer bang is in het donker.' },
      { at: 112, by: 'mw.aaenhunze', do: 'goal', goal: 'samen', domain: 'parenting', description: 'Wij willen het samen eens zijn over het naar bed gaan, zodat we niet steeds toegeven.' },
      { at: 60, by: 'mw.aaenhunze', do: 'evaluate', goal: 'slapen', score: 5, note: 'Mila slaapt vier nachten per week in haar eigen bed.' },
      { at: 60, by: 'mw.aaenhunze', do: 'evaluate', goal: 'samen', score: 6, note: 'Ouders houden hetzelfde ritueel aan; vader brengt haar naar bed.' },
      { at: 14, by: 'mw.aaenhunze', do: 'evaluate', goal: 'slapen', score: 7, note: 'Bijna elke nacht in haar eigen bed; alleen na een drukke dag nog onrustig.' },
    ],
  },
  {
    name: 'Gezin Timmermans',
    state: 'tiener (toestemming van ouder en jongere); afgeschaald van niveau 2 naar 1',
    steps: [
      { at: 320, by: 'huisarts.gieten', do: 'register', child: { key: 'julia', givenName: 'Julia', familyName: 'Timmermans', bsn: '999910528', age: [14, 30], ...GIETEN } },
      { at: 320, by: 'huisarts.gieten', do: 'family', guardians: [{ givenName: 'Anja', familyName: 'Timmermans', hasParentalAuthority: true }, { givenName: 'Marco', familyName: 'Timmermans', hasParentalAuthority: true }] },
      { at: 320, by: 'huisarts.gieten', do: 'consent', child: 'julia', givenBy: ['parent', 'young-person'], organisations: [WELZIJN_AEH, YORNEO], purpose: 'Kinderen eerst: gesprek met de maatschappelijk werker en zo nodig jeugd-GGZ' },
      { at: 318, by: 'huisarts.gieten', do: 'plan', coordinator: 'mw.aaenhunze' },
      { at: 318, by: 'huisarts.gieten', do: 'team', member: 'poh.gieten' },
      { at: 310, by: 'mw.aaenhunze', do: 'goal', goal: 'stad', domain: 'development', child: 'julia', description: 'Ik wil weer met mijn vriendinnen de stad in durven, zonder paniek.' },
      { at: 310, by: 'mw.aaenhunze', do: 'goal', goal: 'school', domain: 'school', child: 'julia', description: 'Ik wil weer elke dag naar school, ook als er een toets is.' },
      { at: 300, by: 'mw.aaenhunze', do: 'team', member: 'jeugdhulp.yorneo' },
      { at: 285, by: 'jeugdhulp.yorneo', do: 'episode', episode: 'ggz', child: 'julia', level: 2, provider: YORNEO, kind: 'Behandeling angstklachten (jeugd-GGZ)', intensity: 'Wekelijks gesprek', referrer: '02', formOfHelp: '02', productCategory: '54', requested: 300, started: 285 },
      { at: 220, by: 'jeugdhulp.yorneo', do: 'evaluate', goal: 'stad', score: 4, note: 'Julia is één keer met een vriendin de stad in geweest, met haar moeder in de buurt.' },
      { at: 220, by: 'mw.aaenhunze', do: 'evaluate', goal: 'school', score: 5, note: 'Ze mist nog een dag per week; met de mentor is een rustplek afgesproken.' },
      { at: 120, by: 'jeugdhulp.yorneo', do: 'evaluate', goal: 'stad', score: 7, note: 'Julia gaat op zaterdag zelfstandig met vriendinnen de stad in.' },
      { at: 120, by: 'mw.aaenhunze', do: 'evaluate', goal: 'school', score: 7, note: 'Geen verzuim meer in de afgelopen zes weken.' },
      { at: 90, by: 'jeugdhulp.yorneo', do: 'level', episode: 'ggz', to: 1, reason: 'Behandeling aangeslagen; afschalen naar een maandelijks vinger-aan-de-polsgesprek.' },
      { at: 90, by: 'jeugdhulp.yorneo', do: 'update-episode', episode: 'ggz', kind: 'Nazorg na behandeling angstklachten', intensity: 'Eens per maand' },
      { at: 20, by: 'mw.aaenhunze', do: 'evaluate', goal: 'stad', score: 8, note: "Julia zegt zelf: 'Ik durf bijna alles weer.'" },
      { at: 20, by: 'mw.aaenhunze', do: 'goal-status', goal: 'school', status: 'met' },
    ],
  },
  {
    name: 'Gezin Hidding',
    state: 'regie overgedragen (geaccepteerd) van het sociaal team aan de maatschappelijk werker; inzet vroegtijdig in overleg beëindigd',
    steps: [
      { at: 260, by: 'wijkteam.aaenhunze', do: 'register', child: { key: 'thijs', givenName: 'Thijs', familyName: 'Hidding', bsn: '999910590', age: [10, 20], municipalityCode: 'GM1680', neighbourhoodCode: 'WK168002', school: 'OBS De Zwerfsteen' } },
      { at: 260, by: 'wijkteam.aaenhunze', do: 'register', child: { key: 'evi', givenName: 'Evi', familyName: 'Hidding', bsn: '999910668', age: [7, 300], municipalityCode: 'GM1680', neighbourhoodCode: 'WK168002', school: 'OBS De Zwerfsteen' } },
      { at: 260, by: 'wijkteam.aaenhunze', do: 'family', guardians: [{ givenName: 'Bianca', familyName: 'Hidding', hasParentalAuthority: true }, { givenName: 'Ronald', familyName: 'Hidding', hasParentalAuthority: true }] },
      { at: 258, by: 'wijkteam.aaenhunze', do: 'plan', coordinator: 'wijkteam.aaenhunze' },
      { at: 258, by: 'wijkteam.aaenhunze', do: 'goal', goal: 'geld', domain: 'money', description: 'We willen overzicht over onze rekeningen, zodat er thuis minder spanning is.' },
      { at: 258, by: 'wijkteam.aaenhunze', do: 'goal', goal: 'praten', domain: 'parenting', description: 'We willen dat Thijs en Evi weer durven vertellen wat hen dwarszit.' },
      { at: 255, by: 'wijkteam.aaenhunze', do: 'episode', episode: 'geldzorgen', child: 'thijs', level: 1, provider: 'Sociaal team Aa en Hunze', kind: 'Gezinsondersteuning bij geldzorgen', intensity: 'Wekelijks huisbezoek', referrer: '06', formOfHelp: '01', started: 255 },
      { at: 200, by: 'wijkteam.aaenhunze', do: 'consent', child: 'thijs', givenBy: ['parent'], organisations: [WELZIJN_AEH, 'Huisartsenpraktijk Gieten'], purpose: 'Samenwerking met maatschappelijk werk en de POH-jeugd' },
      { at: 200, by: 'wijkteam.aaenhunze', do: 'consent', child: 'evi', givenBy: ['parent'], organisations: [WELZIJN_AEH, 'Huisartsenpraktijk Gieten'], purpose: 'Samenwerking met maatschappelijk werk en de POH-jeugd' },
      { at: 200, by: 'wijkteam.aaenhunze', do: 'team', member: 'mw.aaenhunze' },
      { at: 200, by: 'wijkteam.aaenhunze', do: 'team', member: 'poh.gieten' },
      { at: 170, by: 'wijkteam.aaenhunze', do: 'evaluate', goal: 'geld', score: 5, note: 'Alle rekeningen staan op een rij; er is een betalingsregeling met de energieleverancier.' },
      { at: 120, by: 'wijkteam.aaenhunze', do: 'evaluate', goal: 'geld', score: 8, note: 'De vaste lasten gaan automatisch; geen nieuwe achterstanden.' },
      { at: 110, by: 'wijkteam.aaenhunze', do: 'goal-status', goal: 'geld', status: 'met' },
      { at: 105, by: 'wijkteam.aaenhunze', do: 'handover', to: 'mw.aaenhunze', note: 'De geldzaken lopen. De opvoedvragen staan nu voorop; Ruben neemt de regie over.' },
      { at: 100, by: 'mw.aaenhunze', do: 'accept-handover' },
      { at: 98, by: 'wijkteam.aaenhunze', do: 'end', episode: 'geldzorgen', endReason: '02', satisfaction: 7, continuation: '02' },
      { at: 98, by: 'mw.aaenhunze', do: 'episode', episode: 'gesprekken', child: 'thijs', level: 1, provider: WELZIJN_AEH, kind: 'Gezinsgesprekken maatschappelijk werk', intensity: 'Eens per twee weken', referrer: '06', formOfHelp: '01', started: 98 },
      { at: 40, by: 'mw.aaenhunze', do: 'evaluate', goal: 'praten', score: 6, note: 'Thijs vertelt aan tafel over school; Evi slaapt beter.' },
    ],
  },
  {
    name: 'Gezin Oldenburger',
    state: 'opgeschaald: wijkteam van niveau 1 naar 2, daarna specialistische gezinsbehandeling (niveau 3) na besluit van de toegang; teamlid op grond van de Meldcode',
    steps: [
      { at: 400, by: 'wijkteam.emmen', do: 'register', child: { key: 'bram', givenName: 'Bram', familyName: 'Oldenburger', bsn: '999910735', age: [11, 90], municipalityCode: EMMEN, neighbourhoodCode: 'WK011402', school: 'Daltonschool De Brink' } },
      { at: 400, by: 'wijkteam.emmen', do: 'family', guardians: [{ givenName: 'Linda', familyName: 'Oldenburger', hasParentalAuthority: true }, { givenName: 'Marcel', familyName: 'Oldenburger', hasParentalAuthority: true }] },
      { at: 398, by: 'wijkteam.emmen', do: 'plan', coordinator: 'wijkteam.emmen' },
      { at: 398, by: 'wijkteam.emmen', do: 'goal', goal: 'veilig', domain: 'safety', child: 'bram', description: 'We willen dat Bram zich thuis veilig voelt.' },
      { at: 398, by: 'wijkteam.emmen', do: 'goal', goal: 'ruzie', domain: 'parenting', description: 'Wij willen leren ruziemaken zonder te schreeuwen, en niet waar de kinderen bij zijn.' },
      { at: 380, by: 'wijkteam.emmen', do: 'episode', episode: 'wijkteam', child: 'bram', level: 1, provider: 'Wijkteam Emmen-Zuid', kind: 'Gezinsondersteuning door het wijkteam', intensity: 'Eén huisbezoek per week', referrer: '06', formOfHelp: '01', requested: 398, started: 380 },
      { at: 300, by: 'wijkteam.emmen', do: 'evaluate', goal: 'veilig', score: 3, note: 'Opnieuw zorgen over geweld tussen de ouders; Bram slaapt slecht.' },
      { at: 290, by: 'wijkteam.emmen', do: 'level', episode: 'wijkteam', to: 2, reason: 'Meer nodig: intensievere begeleiding thuis, twee keer per week.' },
      { at: 290, by: 'wijkteam.emmen', do: 'update-episode', episode: 'wijkteam', kind: 'Intensieve gezinsbegeleiding door het wijkteam', intensity: '3 uur per week' },
      { at: 250, by: 'wijkteam.emmen', do: 'team', member: 'jeugdbescherming.noord', legalGround: 'meldcode' },
      { at: 245, by: 'wijkteam.emmen', do: 'consent', child: 'bram', givenBy: ['parent'], organisations: [JDD], purpose: 'Specialistische gezinsbehandeling' },
      { at: 245, by: 'wijkteam.emmen', do: 'team', member: 'gezinscoach.emmen' },
      { at: 240, by: 'wijkteam.emmen', do: 'episode', episode: 'behandeling', child: 'bram', level: 3, provider: JDD, kind: 'Intensieve specialistische gezinsbehandeling aan huis', intensity: '3 dagdelen per week', referrer: '01', formOfHelp: '02', productCategory: '45' },
      { at: 226, by: 'toegang.emmen', do: 'decide', episode: 'behandeling', approved: true, reason: 'Passend en noodzakelijk: specialistische gezinsbehandeling aan huis.' },
      { at: 215, by: 'gezinscoach.emmen', do: 'start', episode: 'behandeling' },
      { at: 215, by: 'wijkteam.emmen', do: 'end', episode: 'wijkteam', endReason: '02', satisfaction: 6, continuation: '01' },
      { at: 150, by: 'gezinscoach.emmen', do: 'evaluate', goal: 'veilig', score: 6, note: 'Sinds de veiligheidsafspraken zijn er geen incidenten meer gemeld.' },
      { at: 150, by: 'wijkteam.emmen', do: 'evaluate', goal: 'ruzie', score: 5, note: 'Ouders gebruiken het signaleringsplan; ruzies lopen minder hoog op.' },
      { at: 30, by: 'gezinscoach.emmen', do: 'evaluate', goal: 'veilig', score: 7, note: 'Bram zegt dat het thuis rustiger is; hij slaapt weer door.' },
    ],
  },
  {
    name: 'Gezin Haveman',
    state: 'ambulante hulp (niveau 2); aanvraag deeltijdpleegzorg (niveau 3) wacht op besluit van de toegang',
    steps: [
      { at: 180, by: 'ib.deveenhorst', do: 'register', child: { key: 'lars', givenName: 'Lars', familyName: 'Haveman', bsn: '999910802', age: [8, 200], municipalityCode: EMMEN, neighbourhoodCode: 'WK011401', school: 'OBS De Veenhorst' } },
      { at: 180, by: 'ib.deveenhorst', do: 'family', guardians: [{ givenName: 'Sharon', familyName: 'Haveman', hasParentalAuthority: true }] },
      { at: 178, by: 'ib.deveenhorst', do: 'plan', coordinator: 'ib.deveenhorst' },
      { at: 178, by: 'ib.deveenhorst', do: 'goal', goal: 'klas', domain: 'school', child: 'lars', description: 'We willen dat Lars de hele dag in de klas kan blijven.' },
      { at: 178, by: 'ib.deveenhorst', do: 'goal', goal: 'lucht', domain: 'parenting', description: 'Ik wil als moeder ook tijd voor mezelf, zodat ik het volhoud.' },
      { at: 175, by: 'ib.deveenhorst', do: 'consent', child: 'lars', givenBy: ['parent'], organisations: [JDD, YORNEO], purpose: 'Opvoedondersteuning en zo nodig pleegzorg' },
      { at: 175, by: 'ib.deveenhorst', do: 'team', member: 'gezinscoach.emmen' },
      { at: 160, by: 'gezinscoach.emmen', do: 'episode', episode: 'thuis', child: 'lars', level: 2, provider: JDD, kind: 'Opvoedondersteuning thuis', intensity: '2 uur per week', referrer: '01', formOfHelp: '02', productCategory: '45', requested: 175, started: 160 },
      { at: 90, by: 'ib.deveenhorst', do: 'evaluate', goal: 'klas', score: 5, note: "Lars blijft de ochtenden in de klas; 's middags gaat het nog vaak mis." },
      { at: 90, by: 'gezinscoach.emmen', do: 'evaluate', goal: 'lucht', score: 3, note: 'Moeder is uitgeput; er is weinig netwerk om op terug te vallen.' },
      { at: 8, by: 'gezinscoach.emmen', do: 'episode', episode: 'pleegzorg', child: 'lars', level: 3, provider: YORNEO, kind: 'Deeltijdpleegzorg (weekendpleegzorg)', intensity: 'Twee weekenden per maand', referrer: '01', formOfHelp: '11' },
    ],
  },
  {
    name: 'Gezin Bruins',
    state: 'aanvraag residentiële behandeling (niveau 3) afgewezen; intensieve ambulante hulp in het netwerk (niveau 2)',
    steps: [
      { at: 150, by: 'wijkteam.emmen', do: 'register', child: { key: 'jayden', givenName: 'Jayden', familyName: 'Bruins', bsn: '999910875', age: [10, 10], municipalityCode: EMMEN, neighbourhoodCode: 'WK011403' } },
      { at: 150, by: 'wijkteam.emmen', do: 'family', guardians: [{ givenName: 'Kim', familyName: 'Bruins', hasParentalAuthority: true }, { givenName: 'Rob', familyName: 'Bruins', hasParentalAuthority: true }] },
      { at: 148, by: 'wijkteam.emmen', do: 'plan', coordinator: 'wijkteam.emmen' },
      { at: 148, by: 'wijkteam.emmen', do: 'goal', goal: 'boos', domain: 'development', child: 'jayden', description: 'We willen dat Jayden kan laten merken dat hij boos is zonder te slaan.' },
      { at: 148, by: 'wijkteam.emmen', do: 'goal', goal: 'helpen', domain: 'parenting', description: 'Wij willen weten hoe we Jayden kunnen helpen als hij vastloopt.' },
      { at: 120, by: 'wijkteam.emmen', do: 'episode', episode: 'opname', child: 'jayden', level: 3, provider: YORNEO, kind: 'Residentiële behandelgroep', intensity: 'Zeven dagen per week', referrer: '01', formOfHelp: '14', productCategory: '43' },
      { at: 106, by: 'toegang.emmen', do: 'decide', episode: 'opname', approved: false, reason: 'Eerst intensieve ambulante hulp thuis en het netwerk versterken; een opname is nu niet passend.' },
      { at: 104, by: 'wijkteam.emmen', do: 'consent', child: 'jayden', givenBy: ['parent'], organisations: [JDD], purpose: 'Intensieve ambulante gezinsbegeleiding' },
      { at: 104, by: 'wijkteam.emmen', do: 'team', member: 'gezinscoach.emmen' },
      { at: 95, by: 'gezinscoach.emmen', do: 'episode', episode: 'netwerk', child: 'jayden', level: 2, provider: JDD, kind: 'Intensieve ambulante gezinsbegeleiding met het netwerk', intensity: '4 uur per week', referrer: '01', formOfHelp: '04', productCategory: '45', requested: 104, started: 95 },
      { at: 40, by: 'gezinscoach.emmen', do: 'evaluate', goal: 'boos', score: 5, note: 'Minder driftbuien thuis; op school nog twee incidenten.' },
      { at: 40, by: 'wijkteam.emmen', do: 'evaluate', goal: 'helpen', score: 6, note: 'Ouders zien de signalen eerder en grijpen op tijd in.' },
    ],
  },
  {
    name: 'Gezin Ekkel',
    state: 'specialistische jeugd-GGZ (niveau 3) na besluit van de toegang, afgeschaald naar niveau 2',
    steps: [
      { at: 410, by: 'jeugdarts.drenthe', do: 'register', child: { key: 'noa', givenName: 'Noa', familyName: 'Ekkel', bsn: '999910942', age: [7, 60], municipalityCode: EMMEN, neighbourhoodCode: 'WK011404' } },
      { at: 410, by: 'jeugdarts.drenthe', do: 'family', guardians: [{ givenName: 'Natasja', familyName: 'Ekkel', hasParentalAuthority: true }] },
      { at: 410, by: 'jeugdarts.drenthe', do: 'consent', child: 'noa', givenBy: ['parent'], organisations: ['Wijkteam Emmen-Zuid', YORNEO], purpose: 'Behandeling en begeleiding na een schokkende gebeurtenis' },
      { at: 408, by: 'jeugdarts.drenthe', do: 'plan', coordinator: 'wijkteam.emmen' },
      { at: 405, by: 'jeugdarts.drenthe', do: 'episode', episode: 'trauma', child: 'noa', level: 3, provider: YORNEO, kind: 'Specialistische jeugd-GGZ: traumabehandeling', intensity: 'Wekelijks', referrer: '03', formOfHelp: '02', productCategory: '54', requested: 408 },
      { at: 395, by: 'toegang.emmen', do: 'decide', episode: 'trauma', approved: true, reason: 'Traumabehandeling is specialistische jeugdhulp; toegekend voor een jaar.' },
      { at: 394, by: 'wijkteam.emmen', do: 'team', member: 'jeugdhulp.yorneo' },
      { at: 380, by: 'jeugdhulp.yorneo', do: 'start', episode: 'trauma' },
      { at: 380, by: 'wijkteam.emmen', do: 'goal', goal: 'slapen', domain: 'health', child: 'noa', description: 'We willen dat Noa weer rustig slaapt en geen nachtmerries meer heeft.' },
      { at: 380, by: 'wijkteam.emmen', do: 'goal', goal: 'troosten', domain: 'parenting', description: 'Ik wil weten hoe ik Noa kan troosten als de angst terugkomt.' },
      { at: 300, by: 'jeugdhulp.yorneo', do: 'evaluate', goal: 'slapen', score: 4, note: 'Nog drie keer per week nachtmerries.' },
      { at: 200, by: 'jeugdhulp.yorneo', do: 'evaluate', goal: 'slapen', score: 6, note: 'Noa slaapt de meeste nachten door.' },
      { at: 200, by: 'wijkteam.emmen', do: 'evaluate', goal: 'troosten', score: 7, note: 'Moeder gebruikt de troostkaart uit de behandeling.' },
      { at: 100, by: 'jeugdhulp.yorneo', do: 'level', episode: 'trauma', to: 2, reason: 'Traumabehandeling afgerond; afschalen naar ambulante begeleiding van moeder en Noa.' },
      { at: 100, by: 'jeugdhulp.yorneo', do: 'update-episode', episode: 'trauma', kind: 'Ambulante begeleiding na traumabehandeling', intensity: 'Eens per twee weken' },
      { at: 25, by: 'wijkteam.emmen', do: 'evaluate', goal: 'slapen', score: 8, note: 'Noa slaapt door en gaat graag naar de opvang.' },
    ],
  },
  {
    name: 'Gezin Smeenge',
    state: 'jongere van 17 (toestemming door de jongere zelf); begeleiding naar zelfstandigheid (niveau 2)',
    steps: [
      { at: 210, by: 'jongerenwerk.emmen', do: 'register', child: { key: 'kevin', givenName: 'Kevin', familyName: 'Smeenge', bsn: '999911016', age: [17, 100], municipalityCode: EMMEN, neighbourhoodCode: 'WK011400' } },
      { at: 210, by: 'jongerenwerk.emmen', do: 'family', guardians: [{ givenName: 'Petra', familyName: 'Smeenge', hasParentalAuthority: true }] },
      { at: 208, by: 'jongerenwerk.emmen', do: 'plan', coordinator: 'jongerenwerk.emmen' },
      { at: 208, by: 'jongerenwerk.emmen', do: 'goal', goal: 'mbo', domain: 'school', child: 'kevin', description: 'Ik wil mijn mbo-opleiding afmaken.' },
      { at: 208, by: 'jongerenwerk.emmen', do: 'goal', goal: 'wonen', domain: 'housing', child: 'kevin', description: 'Ik wil over een jaar op mezelf wonen en mijn geld zelf regelen.' },
      { at: 200, by: 'jongerenwerk.emmen', do: 'consent', child: 'kevin', givenBy: ['young-person'], organisations: [JDD], purpose: 'Begeleiding naar zelfstandigheid' },
      { at: 200, by: 'jongerenwerk.emmen', do: 'team', member: 'gezinscoach.emmen' },
      { at: 190, by: 'gezinscoach.emmen', do: 'episode', episode: 'zelfstandig', child: 'kevin', level: 2, provider: JDD, kind: 'Begeleiding naar zelfstandigheid', intensity: '2 uur per week', referrer: '01', formOfHelp: '02', productCategory: '45', requested: 200, started: 190 },
      { at: 120, by: 'jongerenwerk.emmen', do: 'evaluate', goal: 'mbo', score: 6, note: 'Kevin haalt zijn stage-uren; één vak moet hij herkansen.' },
      { at: 120, by: 'gezinscoach.emmen', do: 'evaluate', goal: 'wonen', score: 4, note: 'Kevin staat ingeschreven voor een kamer; budgetteren is nog lastig.' },
      { at: 30, by: 'gezinscoach.emmen', do: 'evaluate', goal: 'wonen', score: 6, note: 'Kevin houdt zijn uitgaven bij in een app.' },
    ],
  },
  {
    name: 'Gezin Bijlsma',
    state: 'Kansrijke Start: ongeboren kind en peuter, jeugdondersteuner van IKC De Vrijheid (niveau 1)',
    steps: [
      { at: 70, by: 'jo.devrijheid', do: 'register', child: { key: 'fenna', givenName: 'Fenna', familyName: 'Bijlsma', bsn: '999911089', age: [3, 120], municipalityCode: 'GM0080', neighbourhoodCode: 'WK008002', school: 'IKC De Vrijheid' } },
      { at: 70, by: 'jo.devrijheid', do: 'register', child: { key: 'baby', givenName: 'Baby', familyName: 'Bijlsma', expectedInDays: 95, municipalityCode: 'GM0080', neighbourhoodCode: 'WK008002' } },
      { at: 70, by: 'jo.devrijheid', do: 'family', guardians: [{ givenName: 'Esmee', familyName: 'Bijlsma', hasParentalAuthority: true }, { givenName: 'Sjoerd', familyName: 'Bijlsma', hasParentalAuthority: true }] },
      { at: 68, by: 'jo.devrijheid', do: 'plan', coordinator: 'jo.devrijheid' },
      { at: 68, by: 'jo.devrijheid', do: 'goal', goal: 'klaar', domain: 'housing', description: 'We willen dat alles klaar is als de baby komt: een eigen plekje en een rustig huis.' },
      { at: 68, by: 'jo.devrijheid', do: 'goal', goal: 'geld', domain: 'money', description: 'We willen weten op welke toeslagen we recht hebben, zodat de geldzorgen minder worden.' },
      { at: 68, by: 'jo.devrijheid', do: 'goal', goal: 'fenna', domain: 'development', child: 'fenna', description: 'We willen dat Fenna went aan het idee van een broertje of zusje.' },
      { at: 66, by: 'jo.devrijheid', do: 'episode', episode: 'start', child: 'baby', level: 1, provider: 'IKC De Vrijheid', kind: 'Kansrijke Start: steun rond zwangerschap en geboorte', intensity: 'Huisbezoek om de week', referrer: '06', formOfHelp: '01', started: 66 },
      { at: 60, by: 'jo.devrijheid', do: 'consent', child: 'baby', givenBy: ['parent'], organisations: ['GGD Fryslân'], purpose: 'Kansrijke Start: samenwerking met de jeugdverpleegkundige' },
      { at: 60, by: 'jo.devrijheid', do: 'consent', child: 'fenna', givenBy: ['parent'], organisations: ['GGD Fryslân'], purpose: 'Kansrijke Start: samenwerking met de jeugdverpleegkundige' },
      { at: 60, by: 'jo.devrijheid', do: 'team', member: 'jvk.leeuwarden' },
      { at: 20, by: 'jo.devrijheid', do: 'evaluate', goal: 'geld', score: 6, note: 'De toeslagen zijn aangevraagd; de eerste betaling is binnen.' },
      { at: 20, by: 'jvk.leeuwarden', do: 'evaluate', goal: 'klaar', score: 5, note: 'De babykamer is bijna klaar; er is nog geen wieg.' },
    ],
  },
];
