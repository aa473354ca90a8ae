import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserApp, expectAccessible, signIn, startBrowserApp } from '../helpers/browser.js';

const IB = 'ib.zuiderbreedte@dichtbij.example';
const POH = 'poh.gieten@dichtbij.example';
const POLICY_OFFICER = 'beleid.hoogeveen@dichtbij.example';
const ACCESS_OFFICER = 'toegang.hoogeveen@dichtbij.example';
/** Unusual on purpose: the demo data holds other families, and these tests must find their own. */
const SURNAME = 'Kamminga-Tjoelker';
const POH_OPTION = 'Lotte Brouwer (POH-jeugd, Huisartsenpraktijk Gieten)';

describe('a family, its plan and its team in a browser', () => {
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
  let familyPath = '';

  /** Chooses the option whose text contains `text` (once a search has filled the list). */
  const choose = async (select: Locator, text: string) => {
    const option = select.locator('option', { hasText: text });
    await option.first().waitFor({ state: 'attached' });
    await select.selectOption((await option.first().getAttribute('value')) ?? '');
  };

  it('the intern begeleider registers a family, opens a plan, records consent and brings the POH-jeugd into the team', async () => {
    const page = await app.newPage();
    await signIn(page, IB);
    await nav(page).getByRole('link', { name: 'Mijn gezinnen' }).click();
    await heading(page, 'Mijn gezinnen').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Gezinnen' }).waitFor();
    await expectAccessible(page, 'my-families-before');

    // Register: one child in Hoogeveen, one parent.
    await page.getByRole('link', { name: 'Gezin registreren' }).click();
    await heading(page, 'Gezin registreren').waitFor();
    const child = page.getByRole('group', { name: 'Kind 1' });
    await child.getByLabel('Voornaam').fill('Noor');
    await child.getByLabel('Achternaam').fill(SURNAME);
    await child.getByLabel('Geboortedatum').fill('2016-05-12');
    await child.getByLabel('Gemeente').selectOption({ label: 'Hoogeveen' });
    await child.getByLabel('Zoek een school, kinderopvang of IKC').fill('Zuiderbreedte');
    await child.getByRole('option', { name: /Brede school De Zuiderbreedte/ }).waitFor({ state: 'attached' });
    await child.getByLabel('School (niet verplicht)').selectOption({ label: 'Brede school De Zuiderbreedte (Hoogeveen)' });
    const parent = page.getByRole('group', { name: 'Ouder of verzorger 1' });
    await parent.getByLabel('Voornaam').fill('Marieke');
    await parent.getByLabel('Achternaam').fill(SURNAME);
    await parent.getByLabel('Telefoon').fill('06-12345678');
    await parent.getByLabel('E-mailadres').fill('marieke@example.org');
    expect(await parent.getByRole('radio', { name: 'Ja' }).isChecked()).toBe(true);
    await expectAccessible(page, 'register-family');

    // A wrong BSN is refused by the server, next to the field.
    await child.getByLabel('BSN (niet verplicht)').fill('123456789');
    await page.getByRole('button', { name: 'Gezin registreren' }).click();
    await child.getByText('Dit is geen geldig BSN').waitFor();
    await expectAccessible(page, 'register-family-error');
    await child.getByLabel('BSN (niet verplicht)').fill('999900018');
    await page.getByRole('button', { name: 'Gezin registreren' }).click();

    await heading(page, `Gezin ${SURNAME}`).waitFor();
    await page.getByText('Het gezin is geregistreerd.').waitFor();
    familyPath = new URL(page.url()).pathname;
    expect(familyPath).toMatch(/^\/gezinnen\/[0-9a-f-]{36}$/);
    const children = section(page, 'Kinderen');
    await children.getByText('•••••0018').waitFor();
    await children.getByRole('button', { name: `Toon het BSN van Noor ${SURNAME}` }).click();
    await children.getByText('999900018').waitFor();

    // Open the plan with herself as coordinator: she becomes the family's one point of contact.
    await section(page, 'Gezinsplan').getByRole('radio', { name: 'Ikzelf (Anouk Veldman)' }).check();
    await page.getByRole('button', { name: 'Gezinsplan openen' }).click();
    await page.getByText('Het gezinsplan is geopend.').waitFor();
    await section(page, 'Eén aanspreekpunt').getByText('Anouk Veldman').waitFor();

    // The POH-jeugd works elsewhere: without consent the server refuses, and the page says why.
    const team = section(page, 'Team');
    await team.getByRole('button', { name: 'Teamlid toevoegen' }).click();
    await team.getByLabel('Zoek een professional').fill('Lotte Brouwer');
    await team.getByRole('option', { name: POH_OPTION }).waitFor({ state: 'attached' });
    await team.getByLabel('Professional', { exact: true }).selectOption({ label: POH_OPTION });
    await team.getByRole('button', { name: 'Aan het team toevoegen' }).click();
    await team.getByText('Daarvoor is geldige toestemming nodig').waitFor();
    await expectAccessible(page, 'family-consent-required');
    await team.getByRole('button', { name: 'Annuleren' }).click();

    // The parent consents to sharing with the GP practice.
    const consents = section(page, 'Toestemmingen');
    await consents.getByRole('button', { name: 'Toestemming vastleggen' }).click();
    await consents.getByRole('checkbox', { name: 'Ouder(s) met gezag' }).check();
    await consents.getByLabel('Zoek een organisatie').fill('Gieten');
    await consents.getByRole('checkbox', { name: 'Huisartsenpraktijk Gieten', exact: true }).check();
    await consents.getByLabel('Doel van het delen').fill('Samenwerken in het gezinsplan');
    await consents.getByRole('button', { name: 'Toestemming opslaan' }).click();
    await consents.getByText('De toestemming is vastgelegd.').waitFor();
    await consents.getByText('Geldig', { exact: true }).waitFor();

    // Now she can join the team.
    await team.getByRole('button', { name: 'Teamlid toevoegen' }).click();
    await team.getByLabel('Zoek een professional').fill('Lotte Brouwer');
    await team.getByRole('option', { name: POH_OPTION }).waitFor({ state: 'attached' });
    await team.getByLabel('Professional', { exact: true }).selectOption({ label: POH_OPTION });
    await team.getByRole('button', { name: 'Aan het team toevoegen' }).click();
    await team.getByText('De professional is aan het team toegevoegd.').waitFor();
    await team.getByRole('link', { name: 'Lotte Brouwer' }).waitFor();

    const timeline = section(page, 'Tijdlijn');
    await timeline.getByText('Teamlid toegevoegd').waitFor();
    expect(await timeline.locator('li').first().textContent()).toContain('Teamlid toegevoegd');
    await expectAccessible(page, 'family-page');

    await nav(page).getByRole('link', { name: 'Mijn gezinnen' }).click();
    await page.getByRole('link', { name: `Gezin ${SURNAME}` }).waitFor();
    await expectAccessible(page, 'my-families');
  });

  it('the coordinator works in the plan: a goal in the family\'s words, support scaled up to the access team, a hand-over', async () => {
    expect(familyPath).not.toBe('');
    const page = await app.newPage();
    await signIn(page, IB);
    await page.goto(familyPath);
    await heading(page, `Gezin ${SURNAME}`).waitFor();

    const goals = section(page, 'Doelen');
    await goals.getByRole('button', { name: 'Doel toevoegen' }).click();
    await goals.getByLabel('Levensgebied').selectOption({ label: 'School' });
    await goals.getByLabel('Voor', { exact: true }).selectOption({ label: `Noor ${SURNAME}` });
    await goals.getByLabel('Doel', { exact: true }).fill('Noor gaat weer met plezier naar school');
    await goals.getByRole('button', { name: 'Doel opslaan' }).click();
    await goals.getByText('Het doel is toegevoegd.').waitFor();
    await goals.getByRole('button', { name: 'Evalueren: Noor gaat weer met plezier naar school' }).click();
    await goals.getByLabel('Score').fill('6');
    await goals.getByLabel('Toelichting').fill('Twee ochtenden per week lukt het al');
    await goals.getByRole('button', { name: 'Evaluatie opslaan' }).click();
    await goals.getByText(/6\/10 \(Anouk Veldman\): Twee ochtenden/).waitFor();
    await goals.getByRole('button', { name: 'Status wijzigen: Noor gaat weer met plezier naar school' }).click();
    await goals.getByLabel('Status', { exact: true }).selectOption({ label: 'Mee bezig' });
    await goals.getByRole('button', { name: 'Opslaan' }).click();
    await goals.getByText('De status is gewijzigd.').waitFor();

    const support = section(page, 'Hulp');
    await support.getByRole('button', { name: 'Hulp inzetten' }).click();
    await support.getByLabel('Niveau', { exact: true }).selectOption({ label: '1 · Lichte ondersteuning dichtbij' });
    await support.getByLabel('Zoek een aanbieder').fill('Gieten');
    await choose(support.getByLabel('Aanbieder', { exact: true }), 'Huisartsenpraktijk Gieten');
    await support.getByLabel('Soort hulp').fill('Gesprekken met de POH-jeugd');
    await expectAccessible(page, 'family-support-form');
    await support.getByRole('button', { name: 'Hulp vastleggen' }).click();
    await support.getByText('De hulp is vastgelegd.').waitFor();
    const episode = '1 · Lichte ondersteuning dichtbij, Huisartsenpraktijk Gieten';
    await support.getByRole('button', { name: `Hulp starten: ${episode}` }).click();
    await support.getByRole('button', { name: 'Start vastleggen' }).click();
    await support.getByText('De hulp is gestart.').waitFor();
    await support.getByRole('button', { name: `Op- of afschalen: ${episode}` }).click();
    await choose(support.getByLabel('Nieuw niveau'), '3 · Specialistische jeugdhulp');
    await support.getByLabel('Reden').fill('Angstklachten nemen toe');
    await support.getByRole('button', { name: 'Niveau wijzigen' }).click();
    await support.getByText('Wacht op besluit toegang').waitFor();

    // She hands coordination over to the POH-jeugd; nothing changes until Lotte accepts.
    await page.getByRole('button', { name: 'Regie overdragen' }).click();
    await choose(page.getByLabel('Nieuwe regisseur'), 'Lotte Brouwer');
    await page.getByRole('button', { name: 'Overdracht voorstellen' }).click();
    await page.getByText('De overdracht is voorgesteld').waitFor();
    await page.getByText('Anouk Veldman heeft de regie aan Lotte Brouwer voorgesteld; dat wacht op acceptatie.').waitFor();
    await section(page, 'Eén aanspreekpunt').getByText('Anouk Veldman').waitFor();
    await section(page, 'Tijdlijn').getByText('Opschalen naar specialistische hulp aangevraagd').waitFor();
    await expectAccessible(page, 'family-plan-at-work');
  });

  it('the access officer of Hoogeveen approves the specialist care', async () => {
    const page = await app.newPage();
    await signIn(page, ACCESS_OFFICER);
    await nav(page).getByRole('link', { name: 'Mijn gezinnen' }).click();
    await page.getByRole('link', { name: 'Naar de verzoeken die op een besluit wachten' }).click();
    await heading(page, 'Verzoeken aan de toegang').waitFor();
    const request = section(page, `Verzoek voor Noor ${SURNAME}`);
    await request.getByText('Angstklachten nemen toe').waitFor();
    await expectAccessible(page, 'access-requests');
    await request.getByRole('radio', { name: 'Toekennen' }).check();
    await request.getByLabel('Motivering').fill('Specialistische hulp is nodig; lichte hulp is niet genoeg gebleken');
    await request.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await page.getByText(`Specialistische hulp voor Noor ${SURNAME} is toegekend.`).waitFor();
    await page.getByText('Er wachten geen verzoeken op een besluit.').waitFor();
  });

  it('the POH-jeugd sees the family in Mijn gezinnen, opens its page and accepts coordination', async () => {
    expect(familyPath).not.toBe('');
    const page = await app.newPage();
    await signIn(page, POH);
    await nav(page).getByRole('link', { name: 'Mijn gezinnen' }).click();
    await heading(page, 'Mijn gezinnen').waitFor();
    const row = page.getByRole('row', { name: new RegExp(`Gezin ${SURNAME}`) });
    await row.getByText('Noor').waitFor();
    await row.getByText('Anouk Veldman').waitFor();
    await row.getByText('Overdracht te accepteren').waitFor();
    await expectAccessible(page, 'my-families-poh');
    await row.getByRole('link', { name: `Gezin ${SURNAME}` }).click();
    await heading(page, `Gezin ${SURNAME}`).waitFor();
    expect(new URL(page.url()).pathname).toBe(familyPath);
    await section(page, 'Eén aanspreekpunt').getByText('Anouk Veldman').waitFor();
    await section(page, 'Kinderen').getByRole('heading', { name: `Noor ${SURNAME}` }).waitFor();
    await section(page, 'Hulp').getByText('3 · Specialistische jeugdhulp, Huisartsenpraktijk Gieten').waitFor();
    await expectAccessible(page, 'family-page-poh');
    await page.getByText('Anouk Veldman wil de regie over dit gezin aan u overdragen.').waitFor();
    await page.getByRole('button', { name: 'Regie accepteren' }).click();
    await page.getByText('U bent nu de regisseur van dit gezin.').waitFor();
    await section(page, 'Eén aanspreekpunt').getByText('Lotte Brouwer').waitFor();
  });

  it('the policy officer has no way to children: no navigation, and the family page shows no child data', async () => {
    expect(familyPath).not.toBe('');
    const page = await app.newPage();
    await signIn(page, POLICY_OFFICER);
    await heading(page, 'Welkom, Jeroen Mulder').waitFor();
    expect(await nav(page).getByRole('link', { name: 'Mijn gezinnen' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Mijn gezinnen' }).count()).toBe(0);
    await expectAccessible(page, 'home-policy-officer');

    await page.goto(familyPath);
    await heading(page, 'Geen toegang').waitFor();
    const text = (await page.locator('main').textContent()) ?? '';
    for (const personal of ['Noor', SURNAME, 'Marieke', '0018']) expect(text).not.toContain(personal);
    await expectAccessible(page, 'family-page-policy-officer');
  });
});
