import type { AreaKind, OrganisationKind } from '../db/schema.js';

/*
 * The demo region: Drenthe with a few neighbours in Overijssel and Fryslân, where the programmes in the seed
 * texts run (Kansen4Kinderen, Kinderen eerst, Integrale jeugdhulp, Jeugdhulp gewoon dichtbij, Jong Hoogeveen,
 * Samen voor Ryan, Kansrijke Start). Municipality codes are the real CBS codes; neighbourhood codes follow the
 * CBS format but are illustrative. All people, phone numbers, e-mail addresses and registration numbers are
 * fictional; numbers like 0592-000101 are never issued (a subscriber number cannot start with 0).
 */

/** Job functions as stable keys; the web app translates them. */
export const JOB_FUNCTIONS = [
  'intern-begeleider', 'leerkracht', 'poh-jeugd', 'huisarts', 'maatschappelijk-werker', 'jeugdondersteuner',
  'jeugdverpleegkundige', 'jeugdarts', 'medewerker-toegang', 'wijkteammedewerker', 'jeugdhulpverlener',
  'pedagogisch-medewerker', 'beleidsmedewerker', 'programmaleider', 'functioneel-beheerder', 'jongerenwerker',
] as const;
export type JobFunction = (typeof JOB_FUNCTIONS)[number];

/** Themes of expertise as stable keys. */
export const THEMES = [
  'vroegsignalering', 'armoede', 'opvoeden', 'onderwijs', 'gezondheid', 'veiligheid', 'eerste-2000-dagen',
  'taal-en-lezen', 'psychisch-welzijn', 'schulden',
] as const;
export type Theme = (typeof THEMES)[number];

export interface AreaSeed {
  kind: AreaKind;
  code: string;
  name: string;
  parentCode: string | null;
}

export interface OrganisationSeed {
  name: string;
  kind: OrganisationKind;
  /** Code of the neighbourhood or municipality the organisation sits in. */
  areaCode: string;
  agbCode?: string;
  brin?: string;
  kvkNumber: string;
  streetAddress: string;
  postcode: string;
  city: string;
  phone: string;
  email: string;
  website: string;
  description: string;
}

export type RoleSeed =
  | { role: 'platform-admin' | 'professional' }
  | { role: 'organisation-admin' | 'programme-lead'; organisation: string }
  | { role: 'policy-officer'; areaCode: string };

export interface ProfessionalSeed {
  email: string;
  name: string;
  jobFunction: JobFunction;
  themes: Theme[];
  phone: string;
  bio: string;
  /** Organisation names. */
  organisations: string[];
  roles: RoleSeed[];
}

const municipality = (code: string, name: string, regionCode: string): AreaSeed => ({ kind: 'municipality', code, name, parentCode: regionCode });
const neighbourhood = (code: string, name: string, municipalityCode: string): AreaSeed => ({ kind: 'neighbourhood', code, name, parentCode: municipalityCode });

export const DEMO_AREAS: AreaSeed[] = [
  { kind: 'country', code: 'NL', name: 'Nederland', parentCode: null },

  { kind: 'province', code: 'PV22', name: 'Drenthe', parentCode: 'NL' },
  { kind: 'province', code: 'PV23', name: 'Overijssel', parentCode: 'NL' },
  { kind: 'province', code: 'PV21', name: 'Fryslân', parentCode: 'NL' },

  { kind: 'region', code: 'JR-DRENTHE', name: 'Drenthe', parentCode: 'PV22' },
  { kind: 'region', code: 'JR-IJSSELLAND', name: 'IJsselland', parentCode: 'PV23' },
  { kind: 'region', code: 'JR-FRIESLAND', name: 'Friesland', parentCode: 'PV21' },

  municipality('GM1680', 'Aa en Hunze', 'JR-DRENTHE'),
  municipality('GM0106', 'Assen', 'JR-DRENTHE'),
  municipality('GM1681', 'Borger-Odoorn', 'JR-DRENTHE'),
  municipality('GM0109', 'Coevorden', 'JR-DRENTHE'),
  municipality('GM0114', 'Emmen', 'JR-DRENTHE'),
  municipality('GM0118', 'Hoogeveen', 'JR-DRENTHE'),
  municipality('GM0119', 'Meppel', 'JR-DRENTHE'),
  municipality('GM1731', 'Midden-Drenthe', 'JR-DRENTHE'),
  municipality('GM1699', 'Noordenveld', 'JR-DRENTHE'),
  municipality('GM1730', 'Tynaarlo', 'JR-DRENTHE'),
  municipality('GM1701', 'Westerveld', 'JR-DRENTHE'),
  municipality('GM1690', 'De Wolden', 'JR-DRENTHE'),
  municipality('GM0160', 'Hardenberg', 'JR-IJSSELLAND'),
  municipality('GM1708', 'Steenwijkerland', 'JR-IJSSELLAND'),
  municipality('GM0080', 'Leeuwarden', 'JR-FRIESLAND'),

  // Aa en Hunze: Gieten and Rolde are the two villages of Kinderen eerst.
  neighbourhood('WK168000', 'Gieten', 'GM1680'),
  neighbourhood('WK168001', 'Rolde', 'GM1680'),
  neighbourhood('WK168002', 'Annen', 'GM1680'),
  neighbourhood('WK168003', 'Gasselte', 'GM1680'),
  neighbourhood('WK168004', 'Eext', 'GM1680'),
  neighbourhood('WK168005', 'Gasselternijveen', 'GM1680'),

  neighbourhood('WK011400', 'Emmen-Centrum', 'GM0114'),
  neighbourhood('WK011401', 'Emmerhout', 'GM0114'),
  neighbourhood('WK011402', 'Angelslo', 'GM0114'),
  neighbourhood('WK011403', 'Bargeres', 'GM0114'),
  neighbourhood('WK011404', 'Klazienaveen', 'GM0114'),
  neighbourhood('WK011405', 'Nieuw-Amsterdam', 'GM0114'),

  // Hoogeveen: Brede school De Zuiderbreedte sits in Krakeel, on the south side of town.
  neighbourhood('WK011800', 'Centrum', 'GM0118'),
  neighbourhood('WK011801', 'Krakeel', 'GM0118'),
  neighbourhood('WK011802', 'Zuid', 'GM0118'),
  neighbourhood('WK011803', 'Erflanden', 'GM0118'),
  neighbourhood('WK011804', 'Hollandscheveld', 'GM0118'),
  neighbourhood('WK011805', 'Elim', 'GM0118'),

  neighbourhood('WK016000', 'Hardenberg-Centrum', 'GM0160'),
  neighbourhood('WK016001', 'Baalderveld', 'GM0160'),
  neighbourhood('WK016002', 'Marslanden', 'GM0160'),
  neighbourhood('WK016003', 'Heemse', 'GM0160'),
  neighbourhood('WK016004', 'Dedemsvaart', 'GM0160'),
  neighbourhood('WK016005', 'Gramsbergen', 'GM0160'),

  neighbourhood('WK170800', 'Steenwijk', 'GM1708'),
  neighbourhood('WK170801', 'Vollenhove', 'GM1708'),
  neighbourhood('WK170802', 'Giethoorn', 'GM1708'),
  neighbourhood('WK170803', 'Oldemarkt', 'GM1708'),
  neighbourhood('WK170804', 'Blokzijl', 'GM1708'),

  // Leeuwarden: focus neighbourhoods (aandachtswijken) where the IKCs carry Kansen voor Kinderen.
  neighbourhood('WK008000', 'Binnenstad', 'GM0080'),
  neighbourhood('WK008001', 'Heechterp-Schieringen', 'GM0080'),
  neighbourhood('WK008002', 'Vrijheidswijk', 'GM0080'),
  neighbourhood('WK008003', 'Bilgaard', 'GM0080'),
  neighbourhood('WK008004', 'Camminghaburen', 'GM0080'),
  neighbourhood('WK008005', 'Oud-Oost', 'GM0080'),
];

export const ORG = {
  beheer: 'Dichtbij beheer',
  provinceDrenthe: 'Provincie Drenthe',
  aaEnHunze: 'Gemeente Aa en Hunze',
  emmen: 'Gemeente Emmen',
  hoogeveen: 'Gemeente Hoogeveen',
  hardenberg: 'Gemeente Hardenberg',
  steenwijkerland: 'Gemeente Steenwijkerland',
  leeuwarden: 'Gemeente Leeuwarden',
  zuiderbreedte: 'Brede school De Zuiderbreedte',
  deSprong: 'CBS De Sprong',
  hetSpectrum: 'OBS Het Spectrum',
  gpGieten: 'Huisartsenpraktijk Gieten',
  gpRolde: 'Huisartsenpraktijk Rolde',
  welfareAaEnHunze: 'Welzijnswerk Aa en Hunze',
  ggdDrenthe: 'GGD Drenthe',
} as const;

export const DEMO_ORGANISATIONS: OrganisationSeed[] = [
  // Platform and government
  {
    name: ORG.beheer, kind: 'other', areaCode: 'GM0106', kvkNumber: '90000001',
    streetAddress: 'Westerbrink 1', postcode: '9405BJ', city: 'Assen', phone: '0592-000100',
    email: 'beheer@dichtbij.example', website: 'https://www.dichtbij.example',
    description: 'Functioneel beheer van het Dichtbij-platform in de demoregio.',
  },
  {
    name: ORG.provinceDrenthe, kind: 'province', areaCode: 'GM0106', kvkNumber: '90000002',
    streetAddress: 'Westerbrink 1', postcode: '9405BJ', city: 'Assen', phone: '0592-000101',
    email: 'kansen4kinderen@provincie-drenthe.example', website: 'https://www.provincie-drenthe.example',
    description: 'Penvoerder van Kansen4Kinderen: scholen, gezinnen en het lokale netwerk samen sterker voor de ontwikkeling van kinderen.',
  },
  {
    name: ORG.aaEnHunze, kind: 'municipality', areaCode: 'WK168000', kvkNumber: '90000003',
    streetAddress: 'Spoorlaan 6', postcode: '9461AT', city: 'Gieten', phone: '0592-000102',
    email: 'jeugd@aaenhunze.example', website: 'https://www.aaenhunze.example',
    description: 'Gemeente en penvoerder van Kinderen eerst: eerst een gesprek met een maatschappelijk werker, dan pas verwijzen.',
  },
  {
    name: ORG.emmen, kind: 'municipality', areaCode: 'WK011400', kvkNumber: '90000004',
    streetAddress: 'Raadhuisplein 1', postcode: '7811AP', city: 'Emmen', phone: '0591-000103',
    email: 'toegang@emmen.example', website: 'https://www.emmen.example',
    description: 'Gemeente en penvoerder van Integrale jeugdhulp: het kind en het gezin centraal, met één aanspreekpunt.',
  },
  {
    name: ORG.hoogeveen, kind: 'municipality', areaCode: 'WK011800', kvkNumber: '90000005',
    streetAddress: 'Raadhuisplein 1', postcode: '7901BP', city: 'Hoogeveen', phone: '0528-000104',
    email: 'jonghoogeveen@hoogeveen.example', website: 'https://www.hoogeveen.example',
    description: 'Gemeente; met Jong Hoogeveen brengen we hulp en ondersteuning naar thuis, school en buurt.',
  },
  {
    name: ORG.hardenberg, kind: 'municipality', areaCode: 'WK016000', kvkNumber: '90000006',
    streetAddress: 'Stephensonstraat 1', postcode: '7773NA', city: 'Hardenberg', phone: '0523-000105',
    email: 'jeugd@hardenberg.example', website: 'https://www.hardenberg.example',
    description: 'Gemeente en penvoerder van Jeugdhulp gewoon dichtbij: onderwijs en jeugdhulp samen, in een vertrouwde omgeving.',
  },
  {
    name: ORG.steenwijkerland, kind: 'municipality', areaCode: 'WK170800', kvkNumber: '90000007',
    streetAddress: 'Gasthuisstraat 1', postcode: '8331KA', city: 'Steenwijk', phone: '0521-000106',
    email: 'samenvoorryan@steenwijkerland.example', website: 'https://www.steenwijkerland.example',
    description: 'Gemeente; met Samen voor Ryan werken onderwijs, opvang, sociaal werk en JGZ samen, ook in de eerste 2000 dagen.',
  },
  {
    name: ORG.leeuwarden, kind: 'municipality', areaCode: 'WK008000', kvkNumber: '90000008',
    streetAddress: 'Oldehoofsterkerkhof 2', postcode: '8911DH', city: 'Leeuwarden', phone: '058-0000107',
    email: 'kansenvoorkinderen@leeuwarden.example', website: 'https://www.leeuwarden.example',
    description: 'Gemeente; Kansen voor Kinderen en Kansrijke Start krijgen handen en voeten in de integrale kindcentra.',
  },

  // Schools (primary education); BRIN numbers are illustrative.
  {
    name: ORG.zuiderbreedte, kind: 'school', areaCode: 'WK011801', brin: '12AB00', kvkNumber: '90000010',
    streetAddress: 'Zuiderbreedte 2', postcode: '7908KA', city: 'Hoogeveen', phone: '0528-000110',
    email: 'info@zuiderbreedte.example', website: 'https://www.zuiderbreedte.example',
    description: 'Brede school; start met de werkwijze ‘Vroeg erbij op school’ voor een beter pedagogisch klimaat.',
  },
  {
    name: ORG.deSprong, kind: 'school', areaCode: 'WK011802', brin: '12AC00', kvkNumber: '90000011',
    streetAddress: 'Schoolstraat 14', postcode: '7908LB', city: 'Hoogeveen', phone: '0528-000111',
    email: 'info@cbsdesprong.example', website: 'https://www.cbsdesprong.example',
    description: 'Christelijke basisschool, betrokken bij ‘Vroeg erbij op school’.',
  },
  {
    name: ORG.hetSpectrum, kind: 'school', areaCode: 'WK011803', brin: '12AD00', kvkNumber: '90000012',
    streetAddress: 'Erflanden 30', postcode: '7905AD', city: 'Hoogeveen', phone: '0528-000112',
    email: 'info@obshetspectrum.example', website: 'https://www.obshetspectrum.example',
    description: 'Openbare basisschool, betrokken bij ‘Vroeg erbij op school’.',
  },
  {
    name: 'OBS De Zwerfsteen', kind: 'school', areaCode: 'WK168000', brin: '13BA00', kvkNumber: '90000013',
    streetAddress: 'Brinkstraat 3', postcode: '9461AG', city: 'Gieten', phone: '0592-000113',
    email: 'info@obsdezwerfsteen.example', website: 'https://www.obsdezwerfsteen.example',
    description: 'Openbare dorpsschool in Gieten; doet mee aan Kansen4Kinderen.',
  },
  {
    name: 'CBS De Hunebed', kind: 'school', areaCode: 'WK168001', brin: '13BB00', kvkNumber: '90000014',
    streetAddress: 'Grote Brink 8', postcode: '9451AB', city: 'Rolde', phone: '0592-000114',
    email: 'info@cbsdehunebed.example', website: 'https://www.cbsdehunebed.example',
    description: 'Christelijke basisschool in Rolde met aandacht voor taal en lezen.',
  },
  {
    name: 'OBS De Veenhorst', kind: 'school', areaCode: 'WK011401', brin: '14CA00', kvkNumber: '90000015',
    streetAddress: 'Houtweg 40', postcode: '7812EA', city: 'Emmen', phone: '0591-000115',
    email: 'info@obsdeveenhorst.example', website: 'https://www.obsdeveenhorst.example',
    description: 'Openbare basisschool in Emmerhout met een schoolmaatschappelijk werker in huis.',
  },
  {
    name: 'Daltonschool De Brink', kind: 'school', areaCode: 'WK011402', brin: '14CB00', kvkNumber: '90000016',
    streetAddress: 'Statenweg 12', postcode: '7824BA', city: 'Emmen', phone: '0591-000116',
    email: 'info@daltondebrink.example', website: 'https://www.daltondebrink.example',
    description: 'Daltonschool in Angelslo; werkt samen met het wijkteam aan Integrale jeugdhulp.',
  },
  {
    name: 'OBS De Vlinderhof', kind: 'school', areaCode: 'WK016001', brin: '15DA00', kvkNumber: '90000017',
    streetAddress: 'Parkweg 5', postcode: '7772XE', city: 'Hardenberg', phone: '0523-000117',
    email: 'info@obsdevlinderhof.example', website: 'https://www.obsdevlinderhof.example',
    description: 'Openbare basisschool in Baalderveld; jeugdhulp op school binnen Jeugdhulp gewoon dichtbij.',
  },
  {
    name: 'CBS De Akker', kind: 'school', areaCode: 'WK170800', brin: '16EA00', kvkNumber: '90000018',
    streetAddress: 'Tukseweg 20', postcode: '8331LD', city: 'Steenwijk', phone: '0521-000118',
    email: 'info@cbsdeakker.example', website: 'https://www.cbsdeakker.example',
    description: 'Christelijke basisschool in Steenwijk; partner in Samen voor Ryan.',
  },

  // Childcare and integral child centres (IKC)
  {
    name: 'Het Koppeltie (Spelerwijs)', kind: 'childcare', areaCode: 'WK011801', kvkNumber: '90000020',
    streetAddress: 'Zuiderbreedte 4', postcode: '7908KB', city: 'Hoogeveen', phone: '0528-000120',
    email: 'hetkoppeltie@spelerwijs.example', website: 'https://www.spelerwijs.example',
    description: 'Kinderopvang en peuteropvang naast De Zuiderbreedte, betrokken bij ‘Vroeg erbij op school’.',
  },
  {
    name: 'Kinderopvang De Boomhut', kind: 'childcare', areaCode: 'WK011400', kvkNumber: '90000021',
    streetAddress: 'Hoofdstraat 50', postcode: '7811EN', city: 'Emmen', phone: '0591-000121',
    email: 'info@kinderopvangdeboomhut.example', website: 'https://www.kinderopvangdeboomhut.example',
    description: 'Dagopvang, peuteropvang en buitenschoolse opvang in Emmen-Centrum.',
  },
  {
    name: 'Peuteropvang Eigen Wijs', kind: 'childcare', areaCode: 'WK168002', kvkNumber: '90000022',
    streetAddress: 'Schipsloot 2', postcode: '9468AA', city: 'Annen', phone: '0592-000122',
    email: 'info@peuteropvangeigenwijs.example', website: 'https://www.peuteropvangeigenwijs.example',
    description: 'Peuteropvang met voorschoolse educatie in Annen.',
  },
  {
    name: 'IKC De Vrijheid', kind: 'ikc', areaCode: 'WK008002', brin: '17FA00', kvkNumber: '90000023',
    streetAddress: 'Vrijheidslaan 10', postcode: '8921DA', city: 'Leeuwarden', phone: '058-0000123',
    email: 'info@ikcdevrijheid.example', website: 'https://www.ikcdevrijheid.example',
    description: 'Integraal kindcentrum in een aandachtswijk, met een jeugdondersteuner in het team (Kansrijke Start).',
  },
  {
    name: 'IKC Heechterp', kind: 'ikc', areaCode: 'WK008001', brin: '17FB00', kvkNumber: '90000024',
    streetAddress: 'Valeriusstraat 4', postcode: '8935AK', city: 'Leeuwarden', phone: '058-0000124',
    email: 'info@ikcheechterp.example', website: 'https://www.ikcheechterp.example',
    description: 'Integraal kindcentrum voor 0 tot 13 jaar; centering parenting en VVE Thuis onder één dak.',
  },
  {
    name: 'IKC De Bilgaard', kind: 'ikc', areaCode: 'WK008003', brin: '17FC00', kvkNumber: '90000025',
    streetAddress: 'Bilgaardpark 1', postcode: '8926NA', city: 'Leeuwarden', phone: '058-0000125',
    email: 'info@ikcdebilgaard.example', website: 'https://www.ikcdebilgaard.example',
    description: 'Integraal kindcentrum; onderwijs, opvang en jeugdondersteuning dichtbij in de wijk.',
  },
  {
    name: 'IKC De Steenuil', kind: 'ikc', areaCode: 'WK170800', brin: '16EB00', kvkNumber: '90000026',
    streetAddress: 'Oostermeent 3', postcode: '8332BA', city: 'Steenwijk', phone: '0521-000126',
    email: 'info@ikcdesteenuil.example', website: 'https://www.ikcdesteenuil.example',
    description: 'Integraal kindcentrum en partner in Samen voor Ryan, met aandacht voor de eerste 2000 dagen.',
  },

  // GP practices; AGB codes of GP practices start with 01.
  {
    name: ORG.gpGieten, kind: 'gp-practice', areaCode: 'WK168000', agbCode: '01068001', kvkNumber: '90000030',
    streetAddress: 'Stationsstraat 12', postcode: '9461AJ', city: 'Gieten', phone: '0592-000130',
    email: 'praktijk@huisartsgieten.example', website: 'https://www.huisartsgieten.example',
    description: 'Huisartsenpraktijk met POH-jeugd; doet mee aan Kinderen eerst.',
  },
  {
    name: ORG.gpRolde, kind: 'gp-practice', areaCode: 'WK168001', agbCode: '01068002', kvkNumber: '90000031',
    streetAddress: 'Zuides 4', postcode: '9451KD', city: 'Rolde', phone: '0592-000131',
    email: 'praktijk@huisartsrolde.example', website: 'https://www.huisartsrolde.example',
    description: 'Huisartsenpraktijk; doet mee aan Kinderen eerst met een maatschappelijk werker in de praktijk.',
  },
  {
    name: 'Huisartsenpraktijk Emmerhout', kind: 'gp-practice', areaCode: 'WK011401', agbCode: '01011401', kvkNumber: '90000032',
    streetAddress: 'Houtweg 2', postcode: '7812EB', city: 'Emmen', phone: '0591-000132',
    email: 'praktijk@huisartsemmerhout.example', website: 'https://www.huisartsemmerhout.example',
    description: 'Huisartsenpraktijk in Emmerhout met een POH-jeugd.',
  },
  {
    name: 'Gezondheidscentrum Krakeel', kind: 'gp-practice', areaCode: 'WK011801', agbCode: '01011801', kvkNumber: '90000033',
    streetAddress: 'Krakeel 20', postcode: '7908AC', city: 'Hoogeveen', phone: '0528-000133',
    email: 'praktijk@gckrakeel.example', website: 'https://www.gckrakeel.example',
    description: 'Huisartsen, POH-GGZ en POH-jeugd onder één dak in Hoogeveen-Zuid.',
  },
  {
    name: 'Huisartsenpraktijk Baalderveld', kind: 'gp-practice', areaCode: 'WK016001', agbCode: '01016001', kvkNumber: '90000034',
    streetAddress: 'Parkweg 1', postcode: '7772XD', city: 'Hardenberg', phone: '0523-000134',
    email: 'praktijk@huisartsbaalderveld.example', website: 'https://www.huisartsbaalderveld.example',
    description: 'Huisartsenpraktijk in Baalderveld.',
  },

  // Youth health care (JGZ)
  {
    name: ORG.ggdDrenthe, kind: 'jgz', areaCode: 'GM0106', kvkNumber: '90000040',
    streetAddress: 'Mercuriusplein 1', postcode: '9401LK', city: 'Assen', phone: '0592-000140',
    email: 'jgz@ggddrenthe.example', website: 'https://www.ggddrenthe.example',
    description: 'Jeugdgezondheidszorg voor alle kinderen van 0 tot 18 in Drenthe; betrokken bij ‘Vroeg erbij op school’.',
  },
  {
    name: 'GGD IJsselland', kind: 'jgz', areaCode: 'WK016000', kvkNumber: '90000041',
    streetAddress: 'Lage Doelen 4', postcode: '7772AA', city: 'Hardenberg', phone: '0523-000141',
    email: 'jgz@ggdijsselland.example', website: 'https://www.ggdijsselland.example',
    description: 'Jeugdgezondheidszorg in Hardenberg en Steenwijkerland; partner in Samen voor Ryan en Kansrijke Start.',
  },
  {
    name: 'GGD Fryslân', kind: 'jgz', areaCode: 'WK008000', kvkNumber: '90000042',
    streetAddress: 'Harlingerstraatweg 4', postcode: '8914AZ', city: 'Leeuwarden', phone: '058-0000142',
    email: 'jgz@ggdfryslan.example', website: 'https://www.ggdfryslan.example',
    description: 'Jeugdgezondheidszorg; werkt samen met de jeugdondersteuners in de Leeuwarder IKC’s.',
  },

  // Neighbourhood teams, one per seed municipality
  {
    name: 'Sociaal team Aa en Hunze', kind: 'neighbourhood-team', areaCode: 'WK168000', kvkNumber: '90000050',
    streetAddress: 'Spoorlaan 6', postcode: '9461AT', city: 'Gieten', phone: '0592-000150',
    email: 'sociaalteam@aaenhunze.example', website: 'https://www.aaenhunze.example/sociaalteam',
    description: 'Eerste aanspreekpunt voor vragen over opgroeien, opvoeden, zorg en geldzaken.',
  },
  {
    name: 'Wijkteam Emmen-Zuid', kind: 'neighbourhood-team', areaCode: 'WK011402', kvkNumber: '90000051',
    streetAddress: 'Statenweg 1', postcode: '7824BB', city: 'Emmen', phone: '0591-000151',
    email: 'wijkteam@emmen.example', website: 'https://www.emmen.example/wijkteam',
    description: 'Wijkteam voor gezinnen in Angelslo, Emmerhout en Bargeres.',
  },
  {
    name: 'Sociaal team Hoogeveen-Zuid', kind: 'neighbourhood-team', areaCode: 'WK011802', kvkNumber: '90000052',
    streetAddress: 'Kerkstraat 10', postcode: '7908LA', city: 'Hoogeveen', phone: '0528-000152',
    email: 'sociaalteam@hoogeveen.example', website: 'https://www.hoogeveen.example/sociaalteam',
    description: 'Sociaal team voor Krakeel en Zuid; sluit aan bij de scholen in de wijk.',
  },
  {
    name: 'Wijkteam Hardenberg', kind: 'neighbourhood-team', areaCode: 'WK016000', kvkNumber: '90000053',
    streetAddress: 'Stephensonstraat 1', postcode: '7773NA', city: 'Hardenberg', phone: '0523-000153',
    email: 'wijkteam@hardenberg.example', website: 'https://www.hardenberg.example/wijkteam',
    description: 'Wijkteam met jeugdprofessionals op en rond de scholen.',
  },
  {
    name: 'Sociaal wijkteam Steenwijkerland', kind: 'neighbourhood-team', areaCode: 'WK170800', kvkNumber: '90000054',
    streetAddress: 'Gasthuisstraat 1', postcode: '8331KA', city: 'Steenwijk', phone: '0521-000154',
    email: 'wijkteam@steenwijkerland.example', website: 'https://www.steenwijkerland.example/wijkteam',
    description: 'Sociaal wijkteam; partner in Samen voor Ryan.',
  },
  {
    name: 'Gebiedsteam Leeuwarden-Oost', kind: 'neighbourhood-team', areaCode: 'WK008001', kvkNumber: '90000055',
    streetAddress: 'Valeriusstraat 2', postcode: '8935AJ', city: 'Leeuwarden', phone: '058-0000155',
    email: 'gebiedsteam@leeuwarden.example', website: 'https://www.leeuwarden.example/gebiedsteam',
    description: 'Gebiedsteam voor Heechterp-Schieringen, Bilgaard en Camminghaburen.',
  },

  // Welfare
  {
    name: ORG.welfareAaEnHunze, kind: 'welfare', areaCode: 'WK168000', kvkNumber: '90000060',
    streetAddress: 'Molenstraat 2', postcode: '9461BE', city: 'Gieten', phone: '0592-000160',
    email: 'info@welzijnaaenhunze.example', website: 'https://www.welzijnaaenhunze.example',
    description: 'Maatschappelijk werk en jongerenwerk; de maatschappelijk werkers van Kinderen eerst in de huisartsenpraktijk.',
  },
  {
    name: 'Stichting Welzijnswerk Hoogeveen (SWW)', kind: 'welfare', areaCode: 'WK011800', kvkNumber: '90000061',
    streetAddress: 'Hoofdstraat 70', postcode: '7901JP', city: 'Hoogeveen', phone: '0528-000161',
    email: 'info@sww-hoogeveen.example', website: 'https://www.sww-hoogeveen.example',
    description: 'Welzijnswerk, schoolmaatschappelijk werk en jongerenwerk in Hoogeveen.',
  },
  {
    name: 'Welzijn Emmen', kind: 'welfare', areaCode: 'WK011400', kvkNumber: '90000062',
    streetAddress: 'Marktplein 5', postcode: '7811AM', city: 'Emmen', phone: '0591-000162',
    email: 'info@welzijnemmen.example', website: 'https://www.welzijnemmen.example',
    description: 'Jongerenwerk en opbouwwerk in de Emmer wijken.',
  },

  // Youth-care providers; AGB codes are illustrative.
  {
    name: 'Yorneo', kind: 'youth-care-provider', areaCode: 'GM0106', agbCode: '98000101', kvkNumber: '90000070',
    streetAddress: 'Industrieweg 10', postcode: '9403AB', city: 'Assen', phone: '0592-000170',
    email: 'info@yorneo.example', website: 'https://www.yorneo.example',
    description: 'Jeugdhulp ambulant, in de klas en in het gezin; betrokken bij ‘Vroeg erbij op school’.',
  },
  {
    name: 'Jeugdhulp Dichtbij Drenthe', kind: 'youth-care-provider', areaCode: 'WK011400', agbCode: '98000102', kvkNumber: '90000071',
    streetAddress: 'Noordbargerstraat 30', postcode: '7812AB', city: 'Emmen', phone: '0591-000171',
    email: 'info@jeugdhulpdichtbij.example', website: 'https://www.jeugdhulpdichtbij.example',
    description: 'Ambulante gezinsbegeleiding en dagbehandeling in Zuidoost-Drenthe.',
  },
  {
    name: 'Gezinsbegeleiding Vechtdal', kind: 'youth-care-provider', areaCode: 'WK016003', agbCode: '98000103', kvkNumber: '90000072',
    streetAddress: 'Heemsweg 8', postcode: '7771CD', city: 'Hardenberg', phone: '0523-000172',
    email: 'info@gezinsbegeleidingvechtdal.example', website: 'https://www.gezinsbegeleidingvechtdal.example',
    description: 'Jeugdhulp op school en thuis binnen Jeugdhulp gewoon dichtbij.',
  },
  {
    name: 'Praktijk Jeugd-GGZ De Waddenkust', kind: 'youth-care-provider', areaCode: 'WK008004', agbCode: '98000104', kvkNumber: '90000073',
    streetAddress: 'Camminghaburen 9', postcode: '8925AA', city: 'Leeuwarden', phone: '058-0000173',
    email: 'info@jeugdggzwaddenkust.example', website: 'https://www.jeugdggzwaddenkust.example',
    description: 'Jeugd-GGZ voor kinderen en jongeren met psychische klachten.',
  },

  // Certified institution (GI)
  {
    name: 'Jeugdbescherming Noord-Nederland', kind: 'certified-institution', areaCode: 'GM0106', kvkNumber: '90000080',
    streetAddress: 'Stationsstraat 20', postcode: '9401KX', city: 'Assen', phone: '0592-000180',
    email: 'info@jeugdbeschermingnoord.example', website: 'https://www.jeugdbeschermingnoord.example',
    description: 'Gecertificeerde instelling voor jeugdbescherming en jeugdreclassering in Drenthe en Friesland.',
  },

  // Networks
  {
    name: 'Netwerk Samen voor Ryan', kind: 'other', areaCode: 'GM1708', kvkNumber: '90000090',
    streetAddress: 'Gasthuisstraat 1', postcode: '8331KA', city: 'Steenwijk', phone: '0521-000190',
    email: 'samenvoorryan@steenwijkerland.example', website: 'https://www.samenvoorryan.example',
    description: 'Samenwerking van onderwijs, opvang, gemeente, sociaal werk en JGZ voor kinderen die tussen wal en schip dreigen te vallen.',
  },
];

const professional = [{ role: 'professional' }] as const satisfies RoleSeed[];

export const DEMO_PROFESSIONALS: ProfessionalSeed[] = [
  // The seven named demo accounts and the organisation administrator come first.
  {
    email: 'beheerder@dichtbij.example', name: 'Marit Hofstede', jobFunction: 'functioneel-beheerder',
    themes: [], phone: '06-00000101',
    bio: 'Beheert het Dichtbij-platform in de demoregio en helpt organisaties op weg.',
    organisations: [ORG.beheer], roles: [{ role: 'platform-admin' }],
  },
  {
    email: 'ib.zuiderbreedte@dichtbij.example', name: 'Anouk Veldman', jobFunction: 'intern-begeleider',
    themes: ['vroegsignalering', 'onderwijs', 'opvoeden'], phone: '06-00000102',
    bio: 'Intern begeleider op De Zuiderbreedte en trekker van ‘Vroeg erbij op school’.',
    organisations: [ORG.zuiderbreedte], roles: [...professional],
  },
  {
    email: 'poh.gieten@dichtbij.example', name: 'Lotte Brouwer', jobFunction: 'poh-jeugd',
    themes: ['vroegsignalering', 'psychisch-welzijn', 'opvoeden'], phone: '06-00000103',
    bio: 'POH-jeugd in Gieten; voert de eerste gesprekken met ouders over opgroeien en gedrag.',
    organisations: [ORG.gpGieten], roles: [...professional],
  },
  {
    email: 'mw.aaenhunze@dichtbij.example', name: 'Ruben Smit', jobFunction: 'maatschappelijk-werker',
    themes: ['opvoeden', 'armoede', 'schulden'], phone: '06-00000104',
    bio: 'Maatschappelijk werker voor Kinderen eerst, met spreekuur in de huisartsenpraktijken van Gieten en Rolde.',
    organisations: [ORG.welfareAaEnHunze], roles: [...professional],
  },
  {
    email: 'toegang.emmen@dichtbij.example', name: 'Fatima El Idrissi', jobFunction: 'medewerker-toegang',
    themes: ['veiligheid', 'opvoeden'], phone: '06-00000105',
    bio: 'Medewerker toegang in Emmen; beslist samen met gezinnen over specialistische jeugdhulp.',
    organisations: [ORG.emmen], roles: [...professional],
  },
  {
    email: 'beleid.hoogeveen@dichtbij.example', name: 'Jeroen Mulder', jobFunction: 'beleidsmedewerker',
    themes: ['onderwijs', 'armoede'], phone: '06-00000106',
    bio: 'Beleidsmedewerker jeugd bij de gemeente Hoogeveen, werkt aan Jong Hoogeveen.',
    organisations: [ORG.hoogeveen], roles: [{ role: 'policy-officer', areaCode: 'GM0118' }],
  },
  {
    email: 'penvoerder.drenthe@dichtbij.example', name: 'Ingrid Wolters', jobFunction: 'programmaleider',
    themes: ['onderwijs', 'taal-en-lezen'], phone: '06-00000107',
    bio: 'Programmaleider Kansen4Kinderen bij de provincie Drenthe.',
    organisations: [ORG.provinceDrenthe], roles: [{ role: 'programme-lead', organisation: ORG.provinceDrenthe }],
  },
  {
    email: 'fb.emmen@dichtbij.example', name: 'Bas Hendriks', jobFunction: 'functioneel-beheerder',
    themes: [], phone: '06-00000108',
    bio: 'Functioneel beheerder bij de gemeente Emmen; beheert de accounts van collega’s.',
    organisations: [ORG.emmen], roles: [{ role: 'organisation-admin', organisation: ORG.emmen }, ...professional],
  },

  // Aa en Hunze (Kinderen eerst)
  {
    email: 'huisarts.gieten@dichtbij.example', name: 'Hendrik Lubbers', jobFunction: 'huisarts',
    themes: ['gezondheid', 'vroegsignalering'], phone: '06-00000109',
    bio: 'Huisarts in Gieten die bij vragen over opgroeien eerst een gesprek met het maatschappelijk werk inzet.',
    organisations: [ORG.gpGieten], roles: [...professional],
  },
  {
    email: 'huisarts.rolde@dichtbij.example', name: 'Els Meijering', jobFunction: 'huisarts',
    themes: ['gezondheid', 'psychisch-welzijn'], phone: '06-00000110',
    bio: 'Huisarts in Rolde en deelnemer aan Kinderen eerst.',
    organisations: [ORG.gpRolde], roles: [...professional],
  },
  {
    email: 'poh.rolde@dichtbij.example', name: 'Noor Kuipers', jobFunction: 'poh-jeugd',
    themes: ['psychisch-welzijn', 'opvoeden'], phone: '06-00000111',
    bio: 'POH-jeugd in Rolde met veel ervaring met somberheid en angst bij jongeren.',
    organisations: [ORG.gpRolde], roles: [...professional],
  },
  {
    email: 'programma.aaenhunze@dichtbij.example', name: 'Bert Lamberts', jobFunction: 'programmaleider',
    themes: ['gezondheid', 'vroegsignalering'], phone: '06-00000112',
    bio: 'Projectleider van Kinderen eerst bij de gemeente Aa en Hunze.',
    organisations: [ORG.aaEnHunze], roles: [{ role: 'programme-lead', organisation: ORG.aaEnHunze }, ...professional],
  },
  {
    email: 'wijkteam.aaenhunze@dichtbij.example', name: 'Gerrit Boer', jobFunction: 'wijkteammedewerker',
    themes: ['armoede', 'schulden', 'opvoeden'], phone: '06-00000113',
    bio: 'Medewerker van het sociaal team; kent de dorpen van Aa en Hunze op zijn duimpje.',
    organisations: ['Sociaal team Aa en Hunze'], roles: [...professional],
  },
  {
    email: 'leerkracht.gieten@dichtbij.example', name: 'Sofie Hulst', jobFunction: 'leerkracht',
    themes: ['taal-en-lezen', 'onderwijs'], phone: '06-00000114',
    bio: 'Leerkracht groep 3 in Gieten met hart voor leesplezier.',
    organisations: ['OBS De Zwerfsteen'], roles: [...professional],
  },

  // Hoogeveen (Jong Hoogeveen, Vroeg erbij op school)
  {
    email: 'leerkracht.zuiderbreedte@dichtbij.example', name: 'Joost Bosch', jobFunction: 'leerkracht',
    themes: ['onderwijs', 'opvoeden'], phone: '06-00000115',
    bio: 'Leerkracht groep 6 op De Zuiderbreedte.',
    organisations: [ORG.zuiderbreedte], roles: [...professional],
  },
  {
    email: 'ib.desprong@dichtbij.example', name: 'Karin Dekker', jobFunction: 'intern-begeleider',
    themes: ['onderwijs', 'vroegsignalering'], phone: '06-00000116',
    bio: 'Intern begeleider op CBS De Sprong.',
    organisations: [ORG.deSprong], roles: [...professional],
  },
  {
    email: 'ib.hetspectrum@dichtbij.example', name: 'Wouter Prins', jobFunction: 'intern-begeleider',
    themes: ['onderwijs', 'taal-en-lezen'], phone: '06-00000117',
    bio: 'Intern begeleider op OBS Het Spectrum, met aandacht voor meertalige gezinnen.',
    organisations: [ORG.hetSpectrum], roles: [...professional],
  },
  {
    email: 'jvk.hoogeveen@dichtbij.example', name: 'Mirjam Oosting', jobFunction: 'jeugdverpleegkundige',
    themes: ['gezondheid', 'eerste-2000-dagen', 'vroegsignalering'], phone: '06-00000118',
    bio: 'Jeugdverpleegkundige van GGD Drenthe, vast gezicht op de scholen in Hoogeveen-Zuid.',
    organisations: [ORG.ggdDrenthe], roles: [...professional],
  },
  {
    email: 'jeugdarts.drenthe@dichtbij.example', name: 'Thomas Zwiers', jobFunction: 'jeugdarts',
    themes: ['gezondheid', 'psychisch-welzijn'], phone: '06-00000119',
    bio: 'Jeugdarts bij GGD Drenthe in Hoogeveen en Emmen.',
    organisations: [ORG.ggdDrenthe], roles: [...professional],
  },
  {
    email: 'pm.koppeltie@dichtbij.example', name: 'Aylin Demir', jobFunction: 'pedagogisch-medewerker',
    themes: ['eerste-2000-dagen', 'taal-en-lezen'], phone: '06-00000120',
    bio: 'Pedagogisch medewerker bij Het Koppeltie, gespecialiseerd in voorschoolse educatie.',
    organisations: ['Het Koppeltie (Spelerwijs)'], roles: [...professional],
  },
  {
    email: 'sociaalteam.hoogeveen@dichtbij.example', name: 'Saskia Meijer', jobFunction: 'wijkteammedewerker',
    themes: ['opvoeden', 'veiligheid'], phone: '06-00000121',
    bio: 'Sociaal-teammedewerker in Krakeel en Zuid, met spreekuur op De Zuiderbreedte.',
    organisations: ['Sociaal team Hoogeveen-Zuid'], roles: [...professional],
  },
  {
    email: 'smw.hoogeveen@dichtbij.example', name: 'Annemiek Tiemens', jobFunction: 'maatschappelijk-werker',
    themes: ['opvoeden', 'armoede'], phone: '06-00000122',
    bio: 'Schoolmaatschappelijk werker bij SWW voor de basisscholen in Hoogeveen.',
    organisations: ['Stichting Welzijnswerk Hoogeveen (SWW)'], roles: [...professional],
  },
  {
    email: 'jeugdhulp.yorneo@dichtbij.example', name: 'Daan Koster', jobFunction: 'jeugdhulpverlener',
    themes: ['opvoeden', 'psychisch-welzijn'], phone: '06-00000123',
    bio: 'Jeugdhulpverlener van Yorneo die in de klas meekijkt en leerkrachten ondersteunt.',
    organisations: ['Yorneo'], roles: [...professional],
  },
  {
    email: 'toegang.hoogeveen@dichtbij.example', name: 'Kees Hofman', jobFunction: 'medewerker-toegang',
    themes: ['veiligheid', 'opvoeden'], phone: '06-00000124',
    bio: 'Medewerker toegang jeugd bij de gemeente Hoogeveen.',
    organisations: [ORG.hoogeveen], roles: [...professional],
  },

  // Emmen (Integrale jeugdhulp)
  {
    email: 'jvk.emmen@dichtbij.example', name: 'Esther Lanting', jobFunction: 'jeugdverpleegkundige',
    themes: ['eerste-2000-dagen', 'gezondheid'], phone: '06-00000125',
    bio: 'Jeugdverpleegkundige van GGD Drenthe op het consultatiebureau in Emmen.',
    organisations: [ORG.ggdDrenthe], roles: [...professional],
  },
  {
    email: 'ib.deveenhorst@dichtbij.example', name: 'Yvonne Scholten', jobFunction: 'intern-begeleider',
    themes: ['onderwijs', 'armoede'], phone: '06-00000126',
    bio: 'Intern begeleider op OBS De Veenhorst in Emmerhout.',
    organisations: ['OBS De Veenhorst'], roles: [...professional],
  },
  {
    email: 'wijkteam.emmen@dichtbij.example', name: 'Martijn Lubbinge', jobFunction: 'wijkteammedewerker',
    themes: ['schulden', 'armoede', 'opvoeden'], phone: '06-00000127',
    bio: 'Wijkteammedewerker en vast aanspreekpunt voor gezinnen in Emmen-Zuid.',
    organisations: ['Wijkteam Emmen-Zuid'], roles: [...professional],
  },
  {
    email: 'jongerenwerk.emmen@dichtbij.example', name: 'Mohamed Bouzid', jobFunction: 'jongerenwerker',
    themes: ['psychisch-welzijn', 'veiligheid'], phone: '06-00000128',
    bio: 'Jongerenwerker die jongeren op straat en online opzoekt.',
    organisations: ['Welzijn Emmen'], roles: [...professional],
  },
  {
    email: 'gezinscoach.emmen@dichtbij.example', name: 'Roos van der Laan', jobFunction: 'jeugdhulpverlener',
    themes: ['opvoeden', 'veiligheid'], phone: '06-00000129',
    bio: 'Ambulant gezinscoach bij Jeugdhulp Dichtbij Drenthe.',
    organisations: ['Jeugdhulp Dichtbij Drenthe'], roles: [...professional],
  },

  // Hardenberg (Jeugdhulp gewoon dichtbij)
  {
    email: 'wijkteam.hardenberg@dichtbij.example', name: 'Erik Nijenhuis', jobFunction: 'wijkteammedewerker',
    themes: ['onderwijs', 'opvoeden'], phone: '06-00000130',
    bio: 'Jeugdprofessional van het wijkteam, elke week op OBS De Vlinderhof.',
    organisations: ['Wijkteam Hardenberg'], roles: [...professional],
  },
  {
    email: 'jeugdhulp.vechtdal@dichtbij.example', name: 'Linda Hulshof', jobFunction: 'jeugdhulpverlener',
    themes: ['opvoeden', 'psychisch-welzijn'], phone: '06-00000131',
    bio: 'Jeugdhulpverlener die hulp biedt op school en thuis in plaats van in de spreekkamer.',
    organisations: ['Gezinsbegeleiding Vechtdal'], roles: [...professional],
  },
  {
    email: 'toegang.hardenberg@dichtbij.example', name: 'Rik Goorman', jobFunction: 'medewerker-toegang',
    themes: ['veiligheid'], phone: '06-00000132',
    bio: 'Medewerker toegang jeugd bij de gemeente Hardenberg.',
    organisations: [ORG.hardenberg], roles: [...professional],
  },

  // Steenwijkerland (Samen voor Ryan, Kansrijke Start)
  {
    email: 'jvk.steenwijkerland@dichtbij.example', name: 'Ilse Kamphuis', jobFunction: 'jeugdverpleegkundige',
    themes: ['eerste-2000-dagen', 'vroegsignalering'], phone: '06-00000133',
    bio: 'Jeugdverpleegkundige van GGD IJsselland en aandachtsfunctionaris Kansrijke Start.',
    organisations: ['GGD IJsselland'], roles: [...professional],
  },
  {
    email: 'pm.desteenuil@dichtbij.example', name: 'Marloes Jansen', jobFunction: 'pedagogisch-medewerker',
    themes: ['eerste-2000-dagen', 'taal-en-lezen'], phone: '06-00000134',
    bio: 'Pedagogisch medewerker op IKC De Steenuil.',
    organisations: ['IKC De Steenuil'], roles: [...professional],
  },
  {
    email: 'wijkteam.steenwijkerland@dichtbij.example', name: 'Hanneke Wiersma', jobFunction: 'wijkteammedewerker',
    themes: ['armoede', 'eerste-2000-dagen'], phone: '06-00000135',
    bio: 'Sociaal-wijkteammedewerker en deelnemer aan het netwerk Samen voor Ryan.',
    organisations: ['Sociaal wijkteam Steenwijkerland', 'Netwerk Samen voor Ryan'], roles: [...professional],
  },

  // Leeuwarden (Kansen voor Kinderen, Kansrijke Start)
  {
    email: 'jo.devrijheid@dichtbij.example', name: 'Femke de Vries', jobFunction: 'jeugdondersteuner',
    themes: ['vroegsignalering', 'opvoeden', 'eerste-2000-dagen'], phone: '06-00000136',
    bio: 'Jeugdondersteuner op IKC De Vrijheid, de spil tussen ouders, kinderen en professionals.',
    organisations: ['IKC De Vrijheid'], roles: [...professional],
  },
  {
    email: 'jo.heechterp@dichtbij.example', name: 'Jelmer Visser', jobFunction: 'jeugdondersteuner',
    themes: ['vroegsignalering', 'armoede'], phone: '06-00000137',
    bio: 'Jeugdondersteuner op IKC Heechterp, ook werkzaam in het gebiedsteam.',
    organisations: ['IKC Heechterp', 'Gebiedsteam Leeuwarden-Oost'], roles: [...professional],
  },
  {
    email: 'jvk.leeuwarden@dichtbij.example', name: 'Sietske Hoekstra', jobFunction: 'jeugdverpleegkundige',
    themes: ['eerste-2000-dagen', 'gezondheid'], phone: '06-00000138',
    bio: 'Jeugdverpleegkundige van GGD Fryslân en begeleider van centering parenting-groepen.',
    organisations: ['GGD Fryslân'], roles: [...professional],
  },
  {
    email: 'gebiedsteam.leeuwarden@dichtbij.example', name: 'Tjitske Postma', jobFunction: 'wijkteammedewerker',
    themes: ['schulden', 'armoede'], phone: '06-00000139',
    bio: 'Gebiedsteammedewerker in Leeuwarden-Oost met kennis van geldzaken en schulden.',
    organisations: ['Gebiedsteam Leeuwarden-Oost'], roles: [...professional],
  },
  {
    email: 'beleid.leeuwarden@dichtbij.example', name: 'Wieke Dijkstra', jobFunction: 'beleidsmedewerker',
    themes: ['eerste-2000-dagen', 'armoede'], phone: '06-00000140',
    bio: 'Beleidsmedewerker Kansrijke Start bij de gemeente Leeuwarden.',
    organisations: [ORG.leeuwarden], roles: [{ role: 'policy-officer', areaCode: 'GM0080' }],
  },
  {
    email: 'ggz.waddenkust@dichtbij.example', name: 'Pieter Zijlstra', jobFunction: 'jeugdhulpverlener',
    themes: ['psychisch-welzijn'], phone: '06-00000141',
    bio: 'GZ-psycholoog in de jeugd-GGZ, gericht op korte behandeling dichtbij huis.',
    organisations: ['Praktijk Jeugd-GGZ De Waddenkust'], roles: [...professional],
  },

  // Region-wide
  {
    email: 'jeugdbescherming.noord@dichtbij.example', name: 'Priya Ramdin', jobFunction: 'jeugdhulpverlener',
    themes: ['veiligheid'], phone: '06-00000142',
    bio: 'Jeugdbeschermer bij de gecertificeerde instelling voor Drenthe en Friesland.',
    organisations: ['Jeugdbescherming Noord-Nederland'], roles: [...professional],
  },
];
