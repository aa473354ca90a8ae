import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserApp, expectAccessible, signIn, startBrowserApp } from '../helpers/browser.js';

const POH = 'poh.gieten@dichtbij.example'; // Lotte Brouwer, Huisartsenpraktijk Gieten
const SOCIAL_WORKER = 'mw.aaenhunze@dichtbij.example'; // Ruben Smit, Welzijnswerk Aa en Hunze
const IB = 'ib.zuiderbreedte@dichtbij.example'; // Anouk Veldman, Brede school De Zuiderbreedte
const ADMIN = 'beheerder@dichtbij.example'; // Marit Hofstede, platform administrator
/** Unusual on purpose: the demo data holds other families, and these tests must find their own. */
const SURNAME = 'Wubbels-Oosterhuis';
const ADVICE = 'Advies, geen verdere hulp';

/** A BSN that passes the 11-test, new on every run and never one of the demo's (those start with 9999). */
function freshBsn(): string {
  for (;;) {
    const digits = [1 + Math.floor(Math.random() * 8), ...Array.from({ length: 7 }, () => Math.floor(Math.random() * 10))];
    const check = digits.reduce((sum, digit, i) => sum + digit * (9 - i), 0) % 11;
    if (check < 10) return [...digits, check].join('');
  }
}

describe('requests on a pathway, the flow picture and early signals in a browser', () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
  const nav = (page: Page) => page.getByRole('navigation', { name: 'Hoofdnavigatie' });
  const section = (page: Page, name: string) => page.getByRole('region', { name });
  /** Chooses the option whose text contains `text` (once a search has filled the list). */
  const choose = async (select: Locator, text: string) => {
    const option = select.locator('option', { hasText: text });
    await option.first().waitFor({ state: 'attached' });
    await select.selectOption((await option.first().getAttribute('value')) ?? '');
  };
  /** The number in the flow picture's row for an outcome (professionals see exact numbers). */
  const flowCount = async (page: Page, row: string) => {
    const cell = page.getByRole('row', { name: new RegExp(`^${row}`) }).getByRole('cell').first();
    await cell.waitFor();
    return Number(await cell.textContent());
  };

  let requestPath = '';
  let adviceBefore = -1;

  it('the POH-jeugd registers a child, records consent for the social work and starts a Kinderen eerst request at the GP practice', async () => {
    const page = await app.newPage();
    await signIn(page, POH);
    await expectAccessible(page, 'home-professional');

    // The pathway as it stands: its steps, and how many requests ended in advice this year.
    await page.getByRole('link', { name: 'Zorgpaden' }).click();
    await heading(page, 'Zorgpaden').waitFor();
    await expectAccessible(page, 'pathways');
    await page.getByRole('link', { name: 'Kinderen eerst' }).click();
    await heading(page, 'Kinderen eerst').waitFor();
    const diagram = page.getByRole('list', { name: 'Stappen van Kinderen eerst' });
    await diagram.getByText('Gesprek met de maatschappelijk werker').waitFor();
    expect(await diagram.evaluate((list) => list.tagName)).toBe('OL');
    adviceBefore = await flowCount(page, ADVICE);
    expect(adviceBefore).toBeGreaterThanOrEqual(0);
    await expectAccessible(page, 'pathway-kinderen-eerst');

    // The child and a parent, in Aa en Hunze.
    await nav(page).getByRole('link', { name: 'Mijn gezinnen' }).click();
    await page.getByRole('link', { name: 'Gezin registreren' }).click();
    await heading(page, 'Gezin registreren').waitFor();
    const child = page.getByRole('group', { name: 'Kind 1' });
    await child.getByLabel('Voornaam').fill('Sanne');
    await child.getByLabel('Achternaam').fill(SURNAME);
    await child.getByLabel('Geboortedatum').fill('2017-03-08');
    await child.getByLabel('Gemeente').selectOption({ label: 'Aa en Hunze' });
    const parent = page.getByRole('group', { name: 'Ouder of verzorger 1' });
    await parent.getByLabel('Voornaam').fill('Jolanda');
    await parent.getByLabel('Achternaam').fill(SURNAME);
    await page.getByRole('button', { name: 'Gezin registreren' }).click();
    await heading(page, `Gezin ${SURNAME}`).waitFor();

    // The parents consent to sharing with the welfare organisation whose social workers run Kinderen eerst.
    const consents = section(page, 'Toestemmingen');
    await consents.getByRole('button', { name: 'Toestemming vastleggen' }).click();
    await consents.getByRole('checkbox', { name: 'Ouder(s) met gezag' }).check();
    await consents.getByLabel('Zoek een organisatie').fill('Welzijnswerk Aa');
    await consents.getByRole('checkbox', { name: 'Welzijnswerk Aa en Hunze', exact: true }).check();
    await consents.getByLabel('Doel van het delen').fill('Kinderen eerst: gesprek met de maatschappelijk werker');
    await consents.getByRole('button', { name: 'Toestemming opslaan' }).click();
    await consents.getByText('De toestemming is vastgelegd.').waitFor();

    // The request, through the GP practice.
    await nav(page).getByRole('link', { name: 'Hulpvragen' }).click();
    await heading(page, 'Hulpvragen').waitFor();
    await page.getByText('Er zijn geen open hulpvragen.').waitFor();
    await expectAccessible(page, 'requests-none');
    await page.getByRole('link', { name: 'Nieuwe hulpvraag' }).click();
    await heading(page, 'Nieuwe hulpvraag').waitFor();
    await page.getByLabel('Zorgpad', { exact: true }).selectOption({ label: 'Kinderen eerst (Aa en Hunze)' });
    await page.getByLabel('Zoek een kind').fill('Sanne');
    await choose(page.getByLabel('Kind', { exact: true }), `Sanne ${SURNAME}`);
    await page.getByRole('radio', { name: 'Huisartsenpraktijk' }).check();
    await page.getByLabel('De vraag (niet verplicht)').fill('Moeder maakt zich zorgen over slapen en boze buien.');
    await expectAccessible(page, 'request-new');
    await page.getByRole('button', { name: 'Hulpvraag starten' }).click();

    await heading(page, 'Hulpvraag in Kinderen eerst').waitFor();
    await page.getByText(/De hulpvraag is gestart\. De eerste stap moet af zijn op/).waitFor();
    requestPath = new URL(page.url()).pathname;
    expect(requestPath).toMatch(/^\/hulpvragen\/[0-9a-f-]{36}$/);
    const steps = section(page, 'Stappen');
    const current = steps.locator('li[aria-current="step"]');
    await current.getByText('Huidige stap').waitFor();
    await current.getByText('Gesprek met de maatschappelijk werker').waitFor();
    await page.getByText(`Sanne ${SURNAME}`).first().waitFor();
    await expectAccessible(page, 'request-started');

    await nav(page).getByRole('link', { name: 'Hulpvragen' }).click();
    await page.getByRole('row', { name: /Kinderen eerst, ontvangen/ }).getByText('Door u gestart').waitFor();
  });

  it('the social worker finds the request in his inbox, records the conversation and closes it with advice', async () => {
    expect(requestPath).not.toBe('');
    const page = await app.newPage();
    await signIn(page, SOCIAL_WORKER);
    await nav(page).getByRole('link', { name: /^Inbox/ }).click();
    await heading(page, 'Inbox').waitFor();
    const task = page.getByRole('link', { name: 'Nieuwe hulpvraag in Kinderen eerst' });
    await task.waitFor();
    await expectAccessible(page, 'inbox-task');
    await task.click();

    await heading(page, 'Hulpvraag in Kinderen eerst').waitFor();
    expect(new URL(page.url()).pathname).toBe(requestPath);
    // He is not involved with the child yet: no name, but he sees the question and who asked it.
    await page.getByText('Niet zichtbaar voor u').waitFor();
    await page.getByText('Moeder maakt zich zorgen over slapen en boze buien.').waitFor();
    await page.getByText('Lotte Brouwer').waitFor();
    await expectAccessible(page, 'request-social-worker');

    const actions = section(page, 'Wat wilt u doen?');
    await actions.getByRole('button', { name: 'Eerste contact vastleggen' }).click();
    await actions.getByLabel('Verslag van het gesprek (niet verplicht)').fill('Gesprek met moeder in de praktijk; tips voor rust rond bedtijd.');
    await actions.getByRole('button', { name: 'Eerste contact opslaan' }).click();
    // The parents' consent covers his organisation: he is now involved and sees the child's name.
    await page.getByText('Het eerste contact is vastgelegd. U bent nu betrokken bij het kind.').waitFor();
    await page.getByText(`Sanne ${SURNAME}`).first().waitFor();
    const steps = section(page, 'Stappen');
    await steps.locator('li[aria-current="step"]').getByText('Uitkomst bespreken met gezin en huisarts').waitFor();
    const firstContact = section(page, 'Tijden').locator('div', { has: page.getByText('Eerste contact', { exact: true }) }).locator('dd');
    expect(await firstContact.textContent()).not.toBe('Nog niet');

    await actions.getByRole('button', { name: 'Uitkomst vastleggen' }).click();
    await expectAccessible(page, 'request-outcome-form');
    await actions.getByRole('radio', { name: ADVICE }).check();
    await actions.getByRole('button', { name: 'Uitkomst opslaan' }).click();
    await page.getByText(`De uitkomst is vastgelegd: ${ADVICE}. De hulpvraag is afgesloten.`).waitFor();
    await page.getByText('Afgesloten', { exact: true }).first().waitFor();
    expect(await page.getByRole('region', { name: 'Wat wilt u doen?' }).count()).toBe(0);
    await section(page, 'Verloop').getByText('Gesprek met moeder in de praktijk; tips voor rust rond bedtijd.').waitFor();
    await expectAccessible(page, 'request-closed');

    // The flow picture of Kinderen eerst counts it: one more request ended in advice this year.
    await page.getByRole('link', { name: 'Kinderen eerst', exact: true }).click();
    await heading(page, 'Kinderen eerst').waitFor();
    await page.getByText('U ziet de precieze aantallen').waitFor();
    expect(await flowCount(page, ADVICE)).toBe(adviceBefore + 1);
    await expectAccessible(page, 'pathway-flow-after');

    await nav(page).getByRole('link', { name: 'Hulpvragen' }).click();
    await page.getByRole('tab', { name: 'Afgesloten' }).click();
    await page.getByRole('row', { name: /Kinderen eerst, ontvangen/ }).getByText(ADVICE).waitFor();
    await expectAccessible(page, 'requests-closed');
  });

  it('two professionals of different organisations signal the same child: the second sees who else worries, not what she wrote', async () => {
    const bsn = freshBsn();
    const note = 'Vaak afwezig op maandag; moeder lijkt overbelast.';

    const ib = await app.newPage();
    await signIn(ib, IB);
    await nav(ib).getByRole('link', { name: 'Signalen' }).click();
    await heading(ib, 'Signalen').waitFor();
    await ib.getByLabel('BSN van de jeugdige').fill(bsn);
    await ib.getByLabel('Waar maakt u zich zorgen over?').selectOption({ label: 'Schoolverzuim' });
    await ib.getByLabel('Toelichting (niet verplicht)').fill(note);
    await ib.getByRole('button', { name: 'Signaal afgeven' }).click();
    await ib.getByText('Er is (nog) geen match.').waitFor();
    await section(ib, 'Signalen van uw organisatie').getByText(note).waitFor();
    await expectAccessible(ib, 'signals');

    const poh = await app.newPage();
    await signIn(poh, POH);
    await nav(poh).getByRole('link', { name: 'Signalen' }).click();
    await poh.getByLabel('BSN van de jeugdige').fill(bsn);
    await poh.getByLabel('Waar maakt u zich zorgen over?').selectOption({ label: 'Gedrag' });
    await poh.getByRole('button', { name: 'Signaal afgeven' }).click();
    await poh.getByText('Er is een match:').waitFor();
    await expectAccessible(poh, 'signal-match-found');
    expect(await poh.locator('main').textContent()).not.toContain(note);
    await poh.getByRole('link', { name: 'kijk in uw inbox' }).click();

    await heading(poh, 'Inbox').waitFor();
    const match = poh.getByRole('article', { name: 'Anouk Veldman maakt zich ook zorgen' });
    await match.getByText('Brede school De Zuiderbreedte').first().waitFor();
    expect(await match.getByRole('link', { name: IB }).getAttribute('href')).toBe(`mailto:${IB}`);
    expect(await match.getByRole('link', { name: '06-00000102' }).getAttribute('href')).toBe('tel:0600000102');
    await match.getByText(`Uw signaal: Gedrag, BSN •••••${bsn.slice(5)}`).waitFor();
    expect(await poh.locator('main').textContent()).not.toContain(note);
    expect(await poh.locator('main').textContent()).not.toContain('Schoolverzuim');
    await expectAccessible(poh, 'inbox-match');

    // Nobody involved yet and no age known: the school that signalled first is proposed; both confirm it.
    await match.getByRole('button', { name: 'Regie bij Brede school De Zuiderbreedte bevestigen' }).click();
    await poh.getByText('U hebt bevestigd dat Brede school De Zuiderbreedte de regie neemt.').waitFor();
    await nav(ib).getByRole('link', { name: /^Inbox/ }).click();
    const theirs = ib.getByRole('article', { name: 'Lotte Brouwer maakt zich ook zorgen' });
    await theirs.getByRole('button', { name: 'Regie bij Brede school De Zuiderbreedte bevestigen' }).click();
    await ib.getByText('U hebt bevestigd dat Brede school De Zuiderbreedte de regie neemt.').waitFor();
    // Both chose the same organisation: it is agreed.
    await expect.poll(() => theirs.locator('dd').last().textContent()).toBe('Brede school De Zuiderbreedte');
    expect(await theirs.getByRole('button', { name: 'Regie bij Brede school De Zuiderbreedte bevestigen' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('the intern begeleider brings a request into the support team, plans a meeting and records what was agreed', async () => {
    const page = await app.newPage();
    await signIn(page, IB);
    await page.goto('/hulpvragen/nieuw');
    await heading(page, 'Nieuwe hulpvraag').waitFor();
    await page.getByLabel('Zorgpad', { exact: true }).selectOption({ label: 'Vroeg erbij op school (Hoogeveen)' });
    await page.getByLabel('Zoek een kind').fill('Noah');
    await choose(page.getByLabel('Kind', { exact: true }), 'Noah Kok');
    await page.getByRole('radio', { name: 'Ondersteuningsteam van de school' }).check();
    await page.getByLabel('Ondersteuningsteam (niet verplicht)').selectOption({ label: 'Ondersteuningsteam De Zuiderbreedte' });
    await page.getByRole('button', { name: 'Hulpvraag starten' }).click();
    await heading(page, 'Hulpvraag in Vroeg erbij op school').waitFor();

    // With one team, the card leads straight to its board.
    await nav(page).getByRole('link', { name: 'Start' }).click();
    await page.getByRole('link', { name: 'Ondersteuningsteam' }).click();
    await heading(page, 'Ondersteuningsteam De Zuiderbreedte').waitFor();
    await section(page, 'Wachtrij').getByRole('cell', { name: 'Noah Kok' }).waitFor();
    await section(page, 'Leden').getByRole('link', { name: 'Anouk Veldman' }).waitFor();

    const meetings = section(page, 'Overleggen');
    await meetings.getByRole('button', { name: 'Overleg plannen' }).click();
    await meetings.getByRole('checkbox', { name: /Vroeg erbij op school, Noah Kok/ }).check();
    await meetings.getByLabel('Aantekeningen (niet verplicht)').fill('Eerste bespreking met JGZ en schoolmaatschappelijk werk.');
    await expectAccessible(page, 'team-plan-meeting');
    await meetings.getByRole('button', { name: 'Overleg opslaan' }).click();
    await page.getByText('Het overleg is gepland.').waitFor();

    const meeting = meetings.getByRole('article', { name: /^Overleg op/ });
    await meeting.getByRole('button', { name: /^Afspraak vastleggen: Vroeg erbij op school, Noah Kok/ }).click();
    await meeting.getByLabel('Afspraak', { exact: true }).fill('JGZ nodigt ouders uit voor een gesprek.');
    await meeting.getByRole('button', { name: 'Afspraak opslaan' }).click();
    await page.getByText('De afspraak is vastgelegd.').waitFor();
    await meeting.getByText('Afspraak: JGZ nodigt ouders uit voor een gesprek.').waitFor();
    await expectAccessible(page, 'team-board');
  });

  it('the youth care provider sees who waits for support and how long, longest first, and can turn the order around', async () => {
    const page = await app.newPage();
    await signIn(page, 'jeugdhulp.yorneo@dichtbij.example');
    await page.getByRole('link', { name: 'Wachtlijst' }).click();
    await heading(page, 'Wachtlijst').waitFor();
    await page.getByText('Wachtlijst van Yorneo.').waitFor();
    const table = page.getByRole('table', { name: 'Wachtlijst van Yorneo' });
    const days = async () => (await table.locator('tbody tr td:nth-of-type(5)').allTextContents()).map((text) => Number.parseInt(text, 10));
    const longestFirst = await days();
    expect(longestFirst.length).toBeGreaterThan(0);
    expect(longestFirst).toEqual([...longestFirst].sort((a, b) => b - a));
    await expectAccessible(page, 'waiting-list');
    const sort = table.getByRole('button', { name: /^Dagen wachten/ });
    await sort.click();
    await table.locator('th[aria-sort="ascending"]').waitFor();
    expect(await days()).toEqual([...longestFirst].reverse());
    // Children he is not involved with stay nameless.
    expect(await table.getByText('Niet zichtbaar: u bent niet betrokken').count()).toBeGreaterThan(0);
  });

  it('the functional administrator records a new pathway; the server\'s field errors show next to the step', async () => {
    const page = await app.newPage();
    await signIn(page, ADMIN);
    await page.getByRole('link', { name: 'Zorgpaden' }).click();
    await page.getByRole('link', { name: 'Nieuw zorgpad' }).click();
    await heading(page, 'Nieuw zorgpad').waitFor();
    await page.getByLabel('Naam', { exact: true }).fill('Thuis in de wijk');
    await page.getByLabel('Gemeente (niet verplicht)').selectOption({ label: 'Aa en Hunze' });
    await page.getByRole('checkbox', { name: 'Wijkteam' }).check();
    await page.getByRole('checkbox', { name: 'Ouders zelf' }).check();
    await page.getByRole('checkbox', { name: ADVICE }).check();
    await page.getByRole('checkbox', { name: 'Lichte ondersteuning dichtbij (niveau 1)' }).check();
    const first = page.getByRole('group', { name: /^Stap 1/ });
    await first.getByLabel('Naam van de stap').fill('Huisbezoek');
    await page.getByRole('button', { name: 'Stap toevoegen' }).click();
    const second = page.getByRole('group', { name: /^Stap 2/ });
    await second.getByLabel('Naam van de stap').fill('Keukentafelgesprek');
    await second.getByLabel('Verantwoordelijke functie').selectOption({ label: 'Wijkteammedewerker' });
    await page.getByRole('button', { name: 'Zorgpad opslaan' }).click();

    // Step 1 has no one responsible: the server says so next to that step.
    await first.getByText('Elke stap heeft een verantwoordelijke functie of organisatiesoort nodig.').waitFor();
    await expectAccessible(page, 'pathway-editor-error');
    // The conversation comes first after all.
    await page.getByRole('button', { name: 'Omhoog (stap 2)' }).click();
    await page.getByText('Stap 2 is nu stap 1.').waitFor();
    await page.getByRole('group', { name: /^Stap 2: Huisbezoek/ }).getByLabel('Verantwoordelijke soort organisatie').selectOption({ label: 'Wijkteam' });
    await page.getByRole('button', { name: 'Zorgpad opslaan' }).click();

    await heading(page, 'Thuis in de wijk').waitFor();
    await page.getByText('Het zorgpad is vastgelegd.').waitFor();
    const steps = page.getByRole('list', { name: 'Stappen van Thuis in de wijk' }).locator(':scope > li');
    expect((await steps.allTextContents()).map((text) => text.replace(/\s+/g, ' '))).toEqual([
      'IngangWijkteam, Ouders zelf',
      'Stap 1KeukentafelgesprekWijkteammedewerkerbinnen 5 werkdagen',
      'Stap 2Huisbezoekbij Wijkteambinnen 5 werkdagen',
      `Uitkomst, een van${ADVICE}Lichte ondersteuning dichtbij (niveau 1)`,
    ]);
    await expectAccessible(page, 'pathway-new');
  });
});
