import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserApp, expectAccessible, signIn, startBrowserApp } from '../helpers/browser.js';

const LEAD = 'penvoerder.drenthe@dichtbij.example';
const IB = 'ib.desprong@dichtbij.example';

describe('programmes and the learning network in a browser', () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
  const nav = (page: Page) => page.getByRole('navigation', { name: 'Hoofdnavigatie' });

  it('the programme lead opens Kansen4Kinderen, sees the schools and their progress, and the printable overview', async () => {
    const page = await app.newPage();
    await signIn(page, LEAD);

    // Her home page: her programmes, the open questionnaire with its response count, the reports due.
    await page.getByRole('heading', { level: 2, name: "Mijn programma's" }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Open vragenlijsten' }).waitFor();
    await page.getByText(/\d+ van \d+ scholen hebben geantwoord/).first().waitFor();
    await page.getByRole('heading', { level: 2, name: 'Rapportages die eraan komen' }).waitFor();
    await expectAccessible(page, 'programmes-home-lead');

    // The programme list, then Kansen4Kinderen.
    await nav(page).getByRole('link', { name: "Programma's" }).click();
    await heading(page, "Programma's").waitFor();
    await expectAccessible(page, 'programmes-list');
    await page.getByRole('link', { name: 'Kansen4Kinderen' }).click();
    await heading(page, 'Kansen4Kinderen').waitFor();
    await page.getByText('Provincie Drenthe').first().waitFor();
    const organisations = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Deelnemende organisaties' }) });
    for (const school of ['OBS De Zwerfsteen', 'CBS De Hunebed', 'Brede school De Zuiderbreedte']) await organisations.getByRole('link', { name: school }).waitFor();
    expect(await organisations.getByText('(school,').count()).toBeGreaterThanOrEqual(7);
    const projects = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Projecten' }) });
    await projects.getByRole('link', { name: 'Taal vanaf de start' }).waitFor();
    await projects.getByText('In voorbereiding').first().waitFor();
    await expectAccessible(page, 'programme');

    // One school's project: goals (some made from the school's answers), partners, reports and the report form.
    await projects.getByRole('link', { name: 'Taal vanaf de start' }).click();
    await heading(page, 'Taal vanaf de start').waitFor();
    await page.getByText(/Gemaakt van het antwoord van OBS De Zwerfsteen/).first().waitFor();
    await page.getByRole('link', { name: 'Peuteropvang Eigen Wijs' }).waitFor();
    await page.getByRole('button', { name: 'Voortgang rapporteren' }).click();
    await page.getByLabel('Wat is er geleerd').waitFor();
    await expectAccessible(page, 'project');
    await page.getByRole('link', { name: 'Terug naar Kansen4Kinderen' }).click();

    // The overview, all projects with status and figures, ready to print.
    await page.getByRole('link', { name: 'Programmaoverzicht' }).click();
    await heading(page, 'Programmaoverzicht Kansen4Kinderen').waitFor();
    const table = page.getByRole('table', { name: 'Alle projecten met status, doelen en de laatste rapportage' });
    for (const project of ['Taal vanaf de start', 'Leesplezier in Rolde', 'Samen lezen in Emmerhout', 'Ouders als leespartners']) {
      await table.getByRole('rowheader', { name: project }).waitFor();
    }
    await page.getByText('deelnemende scholen').waitFor();
    await page.getByRole('button', { name: 'Afdrukken of opslaan als PDF' }).waitFor();
    await expectAccessible(page, 'programme-overview');
    // On paper the navigation is gone and the overview stays.
    await page.emulateMedia({ media: 'print' });
    expect(await nav(page).isVisible()).toBe(false);
    expect(await table.isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Afdrukken of opslaan als PDF' }).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    // The questionnaire and the schools' answers side by side.
    await page.goBack();
    await heading(page, 'Kansen4Kinderen').waitFor();
    const questionnaires = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Vragenlijsten' }) });
    await questionnaires.getByRole('link').first().click();
    await page.getByRole('heading', { level: 2, name: 'Ontvangers' }).waitFor();
    await page.getByRole('cell', { name: 'Ingestuurd' }).first().waitFor();
    await expectAccessible(page, 'questionnaire-lead');
    await page.getByRole('link', { name: 'Antwoorden vergelijken' }).click();
    await heading(page, /^Antwoorden vergelijken/).waitFor();
    await page.getByRole('button', { name: /^Maak projectdoel van het antwoord van OBS De Zwerfsteen/ }).first().waitFor();
    await expectAccessible(page, 'questionnaire-comparison');
  });

  it('a professional joins the group Vroegsignalering and posts; a post with a BSN-like number is refused', async () => {
    const page = await app.newPage();
    await signIn(page, IB);
    await nav(page).getByRole('link', { name: 'Leernetwerk' }).click();
    await heading(page, 'Leernetwerk').waitFor();
    await expectAccessible(page, 'learning-groups');

    await page.getByRole('link', { name: 'Vroegsignalering', exact: true }).click();
    await heading(page, 'Vroegsignalering').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Leden' }).waitFor();
    expect(await page.getByRole('heading', { level: 2, name: 'Nieuw bericht' }).count()).toBe(0);
    await expectAccessible(page, 'learning-group');
    await page.getByRole('button', { name: 'Lid worden van Vroegsignalering' }).click();
    await page.getByText('U bent lid van Vroegsignalering.').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Nieuw bericht' }).waitFor();
    // The members link to their profiles in the network directory.
    const members = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Leden' }) });
    expect(await members.getByRole('link').first().getAttribute('href')).toMatch(/^\/netwerk\/professionals\/[0-9a-f-]{36}$/);

    // Never data about a child: a number that passes the BSN 11-test is refused, in Dutch, at the field.
    await page.getByLabel('Titel').fill('Zorgen over een leerling');
    await page.getByLabel('Bericht', { exact: true }).fill('Wie herkent dit? Het gaat om 999900006.');
    await page.getByRole('button', { name: 'Bericht plaatsen' }).click();
    await page.getByText('Dit lijkt een burgerservicenummer (BSN).').first().waitFor();
    expect(await page.getByLabel('Bericht', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'learning-post-refused');

    await page.getByLabel('Titel').fill('Signalen bij peuters bespreken');
    await page.getByLabel('Bericht', { exact: true }).fill('Hoe beginnen jullie het gesprek met ouders als je je zorgen maakt over de taal van een peuter?');
    await page.getByRole('button', { name: 'Bericht plaatsen' }).click();
    await page.getByText('Uw bericht is geplaatst.').waitFor();
    await page.getByRole('link', { name: 'Signalen bij peuters bespreken' }).click();
    await heading(page, 'Signalen bij peuters bespreken').waitFor();
    await page.getByRole('link', { name: 'Karin Dekker' }).first().waitFor();
    await page.getByLabel('Uw reactie').fill('Ik begin zelf altijd met wat goed gaat.');
    await page.getByRole('button', { name: 'Reactie plaatsen' }).click();
    await page.getByText('Uw reactie is geplaatst.').waitFor();
    await page.getByRole('heading', { level: 3, name: 'Reactie van Karin Dekker' }).waitFor();
    expect(page.url()).toMatch(/#reactie-[0-9a-f-]{36}$/);
    await expectAccessible(page, 'learning-post');
  });

  it('school staff answer the questionnaire for their school, enrol in training and read their notifications', async () => {
    const page = await app.newPage();
    await signIn(page, 'ib.zuiderbreedte@dichtbij.example');
    const toAnswer = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Vragenlijsten om in te vullen' }) });
    await toAnswer.getByRole('link').first().click();
    await page.getByRole('heading', { level: 2, name: 'Antwoorden van Brede school De Zuiderbreedte' }).waitFor();
    await page.getByRole('textbox').first().fill('Meer tijd voor de warme overdracht van peuteropvang naar groep 1.');
    await page.getByRole('button', { name: 'Opslaan als concept' }).click();
    await page.getByText('Uw antwoorden zijn opgeslagen als concept.').waitFor();
    await expectAccessible(page, 'questionnaire-school');

    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Scholing' }).click();
    await heading(page, 'Scholing').waitFor();
    await expectAccessible(page, 'trainings');
    await page.locator('.dichtbij-result-list').getByRole('link').first().click();
    await page.getByRole('heading', { level: 2, name: 'Modules en bijeenkomsten' }).waitFor();
    const enrol = page.getByRole('button', { name: 'Inschrijven' });
    if (await enrol.isVisible()) {
      await enrol.click();
      await page.getByText(/^U bent ingeschreven voor /).waitFor();
    }
    await page.getByText(/U hebt \d+ van \d+ modules afgerond/).waitFor();
    await expectAccessible(page, 'training');
    await page.goto('/scholing/voltooiing');
    await heading(page, 'Voltooiing per organisatie').waitFor();
    await page.getByRole('table').first().waitFor();
    await expectAccessible(page, 'training-completions');

    await page.getByRole('link', { name: /^Meldingen/ }).click();
    await heading(page, 'Meldingen').waitFor();
    await page.getByText(/ongelezen melding/).first().waitFor();
    await expectAccessible(page, 'notifications');
  });
});
