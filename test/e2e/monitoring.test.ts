import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserApp, expectAccessible, signIn, startBrowserApp } from '../helpers/browser.js';

const POLICY_OFFICER = 'beleid.hoogeveen@dichtbij.example';

describe('monitoring dashboards in a browser', () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startBrowserApp({ monitoring: true });
  }, 180_000);
  afterAll(async () => {
    await app?.close();
  });

  const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
  const breadcrumbs = (page: Page) => page.getByRole('navigation', { name: 'Kruimelpad' });
  const tile = (page: Page, name: string) => page.locator('.dichtbij-tile', { has: page.getByRole('heading', { level: 3, name }) });

  it('the Hoogeveen policy officer opens the dashboard, drills down to a school, sees the target line and downloads the CSV', async () => {
    const page = await app.newPage();
    await signIn(page, POLICY_OFFICER);

    // The dashboard opens on her own municipality, with the way up from the country.
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Monitoring' }).click();
    await heading(page, 'Dashboard Hoogeveen').waitFor();
    expect(new URL(page.url()).pathname).toBe('/monitoring/GM0118');
    expect(await breadcrumbs(page).getByRole('link').allTextContents()).toEqual(['Nederland', 'Drenthe', 'Jeugdregio Drenthe', 'Hoogeveen']);
    expect(await breadcrumbs(page).getByRole('link', { name: 'Hoogeveen' }).getAttribute('aria-current')).toBe('page');

    // A tile per indicator: this year's figure, the trend as an image with its words, the agreed target and the status.
    const literacy = tile(page, 'Start groep 3 op voldoende taalniveau');
    await literacy.locator('.dichtbij-tile__value').getByText(/^\d+(,\d)?%$/).waitFor();
    await literacy.getByText(/^95%-betrouwbaarheidsinterval: /).waitFor();
    const trend = literacy.getByRole('img', { name: /^Grafiek van Start groep 3 op voldoende taalniveau in Hoogeveen/ });
    expect(await trend.getAttribute('aria-label')).toMatch(/Streefwaarde 85% in 2028\.$/);
    await literacy.locator('svg').first().waitFor();
    await literacy.getByText('Streefwaarde 85% in 2028 (resultaatafspraak)').waitFor();
    expect(await literacy.locator('.dichtbij-status').textContent()).toMatch(/^(✓Op koers|!Risico|✕Niet op koers|\?Onbekend)$/);
    expect(await page.locator('.dichtbij-tile').count()).toBeGreaterThanOrEqual(10);
    await expectAccessible(page, 'monitoring-dashboard-hoogeveen');

    // Zoom in: a neighbourhood of Hoogeveen, then a school in it.
    await page.getByRole('heading', { level: 2, name: 'Wijken in Hoogeveen' }).waitFor();
    await page.getByRole('link', { name: 'Krakeel', exact: true }).click();
    await heading(page, 'Dashboard Krakeel').waitFor();
    expect(new URL(page.url()).pathname).toBe('/monitoring/WK011801');
    await tile(page, 'Start groep 3 op voldoende taalniveau').getByRole('img', { name: /^Grafiek van / }).waitFor();
    await expectAccessible(page, 'monitoring-dashboard-neighbourhood');

    await page.getByRole('heading', { level: 2, name: 'Scholen in Krakeel' }).waitFor();
    await page.getByRole('link', { name: 'Brede school De Zuiderbreedte' }).click();
    await heading(page, 'Dashboard Brede school De Zuiderbreedte').waitFor();
    expect(new URL(page.url()).pathname).toBe('/monitoring/12AB00');
    for (const crumb of ['Nederland', 'Drenthe', 'Jeugdregio Drenthe', 'Hoogeveen', 'Krakeel']) await breadcrumbs(page).getByRole('link', { name: crumb, exact: true }).waitFor();
    // At a school only school figures are shown; Hoogeveen's target is drawn as a line on the school's trend.
    const school = tile(page, 'Start groep 3 op voldoende taalniveau');
    expect(await school.getByRole('img', { name: /^Grafiek van / }).getAttribute('aria-label')).toMatch(/Streefwaarde 85% in 2028\./);
    await school.getByText('Streefwaarde voor Hoogeveen: 85% in 2028 (resultaatafspraak)').waitFor();
    expect(await tile(page, 'Jeugdigen in specialistische jeugdhulp').count()).toBe(0);
    await expectAccessible(page, 'monitoring-dashboard-school');

    // The indicator for the school: a large chart with the target line written on it, the figures as a table, the CSV.
    await school.getByRole('link', { name: 'Start groep 3 op voldoende taalniveau' }).click();
    await heading(page, 'Start groep 3 op voldoende taalniveau in Brede school De Zuiderbreedte').waitFor();
    await page.locator('.dichtbij-trend svg text', { hasText: 'streefwaarde 85% in 2028' }).first().waitFor();
    const table = page.getByRole('table', { name: /^Start groep 3 op voldoende taalniveau in Brede school De Zuiderbreedte per jaar/ });
    expect(await table.getByRole('rowheader').count()).toBe(5);
    await expectAccessible(page, 'monitoring-indicator-school');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /^Download CSV/ }).first().click()]);
    const lines = readFileSync(await download.path(), 'utf8').trim().split(/\r?\n/);
    expect(lines[0]).toBe('indicator,area,areaName,areaLevel,period,group,value,suppressed,lower,upper,numerator,denominator,cases,p90');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines[1]).toMatch(/^LIT-START,12AB00,Brede school De Zuiderbreedte,school,\d{4},/);
  });

  it('the indicator page of Hoogeveen compares the neighbourhoods over the years and drills down from the table', async () => {
    const page = await app.newPage();
    await signIn(page, POLICY_OFFICER);
    await page.goto('/monitoring/GM0118/LIT-START');
    await heading(page, 'Start groep 3 op voldoende taalniveau in Hoogeveen').waitFor();
    // Hoogeveen's own agreement: target and baseline on the chart, status in words.
    await page.locator('.dichtbij-trend svg text', { hasText: 'streefwaarde 85% in 2028' }).first().waitFor();
    await page.locator('.dichtbij-trend svg text', { hasText: 'nulmeting 74% in 2022' }).first().waitFor();
    await page.getByRole('heading', { level: 3, name: 'Resultaatafspraak Hoogeveen' }).waitFor();
    const compare = page.getByRole('table', { name: /^Start groep 3 op voldoende taalniveau: Hoogeveen en de wijken per jaar/ });
    const years = await compare.getByRole('columnheader').allTextContents();
    expect(years.slice(1)).toHaveLength(5);
    for (const year of years.slice(1)) expect(year).toMatch(/^\d{4}$/);
    await compare.getByRole('rowheader', { name: 'Hoogeveen' }).waitFor();
    const secret = compare.getByText('geheim', { exact: true });
    if ((await secret.count()) > 0) expect(await compare.locator('.dichtbij-secret .dichtbij-visually-hidden').first().textContent()).toMatch(/afgeschermd/);
    await expectAccessible(page, 'monitoring-indicator-hoogeveen');

    await compare.getByRole('link', { name: 'Krakeel' }).click();
    await heading(page, 'Start groep 3 op voldoende taalniveau in Krakeel').waitFor();
    await page.getByRole('table', { name: /Krakeel en de scholen per jaar/ }).getByRole('link', { name: 'Brede school De Zuiderbreedte' }).waitFor();

    // A figure not published per school is explained in words, not shown as an error.
    await page.goto('/monitoring/12AB00/SPEC-USE');
    await page.getByText(/wordt niet per school gepubliceerd/).waitFor();
    await expectAccessible(page, 'monitoring-not-published');
  });
});
