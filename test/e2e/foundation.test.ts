import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserApp, expectAccessible, signIn, startBrowserApp } from '../helpers/browser.js';

const IB = 'ib.zuiderbreedte@dichtbij.example';

describe('the foundation in a browser', () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

  it('a wrong password is refused with a Dutch message, and the sign-in page passes axe', async () => {
    const page = await app.newPage();
    await page.goto('/');
    await heading(page, 'Inloggen').waitFor();
    await expectAccessible(page, 'sign-in');
    await page.getByLabel('E-mailadres').fill(IB);
    await page.getByLabel('Wachtwoord').fill('niet-het-wachtwoord');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByText('Het e-mailadres of wachtwoord is onjuist.').waitFor();
    expect(await page.getByLabel('Wachtwoord').inputValue()).toBe('');
    await expectAccessible(page, 'sign-in-refused');
  });

  it('the intern begeleider finds a professional and her organisation, reads the site in English and signs out', async () => {
    const page = await app.newPage();
    await signIn(page, IB);
    await heading(page, 'Welkom, Anouk Veldman').waitFor();
    await expectAccessible(page, 'home');

    // The directory: search professionals by name, open a profile, then her organisation.
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Netwerk', exact: true }).click();
    await heading(page, 'Netwerk').waitFor();
    await expectAccessible(page, 'directory');
    await page.getByRole('tab', { name: 'Professionals' }).click();
    await page.getByRole('searchbox', { name: 'Naam' }).fill('Lotte');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByText(/\d+ professionals? gevonden/).waitFor();
    await page.getByRole('link', { name: 'Lotte Brouwer' }).waitFor();
    await expectAccessible(page, 'directory-professionals');
    await page.getByRole('link', { name: 'Lotte Brouwer' }).click();
    await heading(page, 'Lotte Brouwer').waitFor();
    await page.getByText('POH-jeugd').first().waitFor();
    await expectAccessible(page, 'professional');
    await page.getByRole('link', { name: 'Huisartsenpraktijk Gieten' }).click();
    await heading(page, 'Huisartsenpraktijk Gieten').waitFor();
    expect(await page.getByRole('link', { name: 'Lotte Brouwer' }).count()).toBe(1);
    await expectAccessible(page, 'organisation');

    // English and back; the choice is the user's and the page language follows.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Details' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Home' }).click();
    await heading(page, 'Welcome, Anouk Veldman').waitFor();
    await expectAccessible(page, 'home-english');
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await heading(page, 'Welkom, Anouk Veldman').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await heading(page, 'Inloggen').waitFor();
    await page.getByText('U bent uitgelogd.').waitFor();
    await expectAccessible(page, 'signed-out');
    // Signed out means signed out: the home page sends her back to sign in.
    await page.goto('/');
    await heading(page, 'Inloggen').waitFor();
  });
});
