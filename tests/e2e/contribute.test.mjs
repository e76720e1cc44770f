// Issue 12, the Contribute page: a city the dataset lacks describes itself, is matched at once
// with its own words marked self-described, is kept across reloads, goes out as a contribution
// file and by share link, and comes back in on another device; hostile files change nothing.

import { test, expect, onDevice } from './fixtures.mjs';
import { screenshot } from './support.mjs';
import { Contribute, KISUMU_WORDS } from './pages/contribute.mjs';

test.describe('describing a city the dataset lacks', () => {
  test('Kisumu is matched at once, kept across a reload, exported and imported elsewhere', async ({ page, newUser }) => {
    const contribute = new Contribute(page);
    await contribute.open();
    await contribute.describeKisumu();
    await expect(contribute.page.getByRole('status').filter({ hasText: 'Saved on this device' })).toBeVisible();
    await expect(contribute.badge().first()).toBeVisible();

    // Its partners: waste-management expertise ranked first, quoting Kisumu's words as its own.
    const first = contribute.partners.getByRole('listitem').first();
    await expect(first.getByRole('heading', { name: 'Milan' })).toBeVisible();
    await expect(contribute.partners.getByText(KISUMU_WORDS).first()).toBeVisible();
    await expect(contribute.badge(contribute.partners).first()).toBeVisible();
    await screenshot(page, 'contribute-kisumu-tablet-landscape');

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Kisumu' })).toBeVisible();
    await expect(contribute.field('contribute.own_words')).toHaveValue(KISUMU_WORDS);
    await contribute.open();
    await expect(contribute.list.getByRole('link', { name: 'Kisumu' })).toBeVisible();
    await expect(contribute.badge(contribute.list)).toBeVisible();

    const file = await contribute.exportFile('Kisumu County planning office');
    expect(file.format).toBe('passerelle-contribution');
    expect(file.version).toBe(1);
    expect(file.contributor).toBe('Kisumu County planning office');
    expect(file.profiles).toHaveLength(1);
    const [kisumu] = file.profiles;
    expect(kisumu).toMatchObject({
      id: 'kisumu',
      name: 'Kisumu',
      kind: 'city',
      country_code: 'KE',
      location: { lat: -0.09, lon: 34.77 },
      languages: ['en', 'sw'],
      networks: [{ dataset: 'uclga' }],
      priorities: [{ sector: 'waste-management', stance: 'need', text: KISUMU_WORDS }],
    });
    expect(kisumu.revision).toBeUndefined();

    // Another device imports the file.
    const other = new Contribute(await newUser('tablet-portrait'));
    await other.open();
    await other.importFile(JSON.stringify(file));
    await expect(other.page.getByRole('status').filter({ hasText: 'Imported: 1 profile(s) added' })).toBeVisible();
    await expect(other.list.getByRole('link', { name: 'Kisumu' })).toBeVisible();
    await screenshot(other.page, 'contribute-imported-tablet-portrait');
  });

  test('Kisumu is in the city list with its badge and is the focus of Match, quoting its own words', async ({ page, list, match }) => {
    const contribute = new Contribute(page);
    await contribute.open();
    await contribute.describeKisumu();
    await expect(contribute.page.getByRole('status').filter({ hasText: 'Saved on this device' })).toBeVisible();

    await list.open();
    await page.reload();
    await list.search('Kisumu');
    const card = list.card('Kisumu');
    await expect(card).toBeVisible();
    await expect(card.getByText('Self-described')).toBeVisible();
    await expect(card.getByText('Kenya')).toBeVisible();
    await screenshot(page, 'list-self-described-tablet-landscape');

    await list.findPartnersFor('Kisumu');
    await expect(match.heading('Kisumu')).toBeVisible();
    await expect(match.names.first()).toHaveText('Milan');
    const why = await match.explain('Milan');
    await expect(why.getByText(KISUMU_WORDS)).toBeVisible();
    await expect(why.getByText('Self-described').first()).toBeVisible();
    await expect(why.getByText('Award-winning differentiated waste management system.')).toBeVisible();
    await screenshot(page, 'match-self-described-tablet-landscape');
  });

  test('Kisumu is in the matrix and on the map, marked self-described', async ({ page, matrix, map }) => {
    const contribute = new Contribute(page);
    await contribute.open();
    await contribute.describeKisumu();
    await expect(contribute.page.getByRole('status').filter({ hasText: 'Saved on this device' })).toBeVisible();

    await matrix.open();
    const row = matrix.table.getByRole('rowheader').filter({ has: page.getByRole('link', { name: 'Kisumu', exact: true }) });
    await expect(row.getByText('Self-described')).toBeVisible();
    await expect(matrix.cell('Kisumu, Waste management: Need')).toBeVisible();

    await map.open();
    await expect(map.marker('Kisumu')).toHaveAccessibleName('Kisumu (Self-described)');
    await expect(map.legend.getByText('Self-described')).toBeVisible();
    await screenshot(page, 'map-self-described-tablet-landscape');
  });

  test('a tap on the map fills in the location, within a few kilometres', async ({ page }) => {
    const contribute = new Contribute(page);
    await contribute.open();
    await contribute.start('Kisumu');
    await contribute.tapMapAt(-0.09, 34.77);
    await expect(contribute.field('contribute.latitude')).not.toHaveValue('');
    const lat = Number(await contribute.field('contribute.latitude').inputValue());
    const lon = Number(await contribute.field('contribute.longitude').inputValue());
    expect(Math.abs(lat - -0.09)).toBeLessThan(0.6);
    expect(Math.abs(lon - 34.77)).toBeLessThan(0.6);
    await expect(contribute.page.getByRole('status').filter({ hasText: 'Saved on this device' })).toBeVisible();
    await page.reload();
    await expect(contribute.field('contribute.latitude')).toHaveValue(String(lat));
    await screenshot(page, 'contribute-location-map-tablet-landscape');
  });

  test('a copy of the profiles changed on the device is left out with a note, the dataset still shown', async ({ page, list }) => {
    await list.open();
    await page.evaluate(() => localStorage.setItem('passerelle.profiles', 'UFNSTFBST0Y<script>'));
    await page.reload();
    await expect(page.getByRole('status').filter({ hasText: 'The profiles described on this device are not shown here' })).toBeVisible();
    await expect(list.card('Freetown')).toBeVisible();
  });

  test('a hostile or broken contribution file is refused with a clear message, nothing changed', async ({ page }) => {
    const contribute = new Contribute(page);
    await contribute.open();
    const hostile = {
      format: 'passerelle-contribution',
      version: 1,
      exported_at: '2026-11-23T10:00:00.000Z',
      contributor: 'x',
      profiles: [{ id: 'evil', name: '<img src=x onerror=alert(1)>', kind: 'city', country: 'X', country_code: 'XX', continent: 'africa', languages: ['en'], priorities: [{ sector: 'space-travel', stance: 'need', text: 'y' }], date: '2026-11-20' }],
    };
    await contribute.importFile(JSON.stringify(hostile));
    const refusal = page.getByRole('alert').filter({ hasText: 'The file was refused; nothing was imported.' });
    await expect(refusal).toBeVisible();
    await expect(refusal.getByText(/space-travel.* is not a sector of the dataset/)).toBeVisible();
    await contribute.importFile('{"format": "passerelle-contribution", "version": 1,');
    await expect(page.getByRole('alert').filter({ hasText: 'The file is not valid JSON' })).toBeVisible();
    await contribute.importFile(JSON.stringify({ ...hostile, version: 7 }));
    await expect(page.getByRole('alert').filter({ hasText: 'format version 7' })).toBeVisible();
    await expect(contribute.page.getByText('No profile yet on this device.')).toBeVisible();
  });

  test('a share link opens the profile on another device, which imports it when asked', async ({ page, newUser }) => {
    const contribute = new Contribute(page);
    await contribute.open();
    await contribute.describeKisumu();
    const link = await contribute.shareLink();
    expect(link).toMatch(/contribute\.html\?view=contribute#profile\.1\./);
    await expect(page.getByRole('img', { name: 'QR code of the share link' })).toBeVisible();
    await screenshot(page, 'contribute-share-tablet-landscape');

    const other = new Contribute(await newUser('phone'));
    await other.page.goto(link);
    const preview = other.page.getByRole('region', { name: 'A profile shared with you' });
    await expect(preview.getByText(KISUMU_WORDS)).toBeVisible();
    await screenshot(other.page, 'contribute-shared-link-phone');
    await preview.getByRole('button', { name: 'Import it on this device' }).click();
    await expect(other.page.getByRole('heading', { level: 1, name: 'Kisumu' })).toBeVisible();
    await expect(other.field('contribute.own_words')).toHaveValue(KISUMU_WORDS);

    // A broken link changes nothing and says why.
    const broken = new Contribute(await newUser('phone'));
    await broken.page.goto(`${link.split('#')[0]}#profile.1.@@@`);
    await expect(broken.page.getByRole('alert').filter({ hasText: 'The link is damaged' })).toBeVisible();
  });

  test('a correction of a dataset fact goes into the contribution file', async ({ page }) => {
    const contribute = new Contribute(page);
    await contribute.open();
    await contribute.select('contribute.correction_city').selectOption({ label: 'Tunis' });
    await contribute.select('contribute.correction_field').selectOption('population');
    await contribute.field('contribute.correction_value').fill('700000');
    await contribute.field('contribute.correction_reason').fill('The 2024 census counts more residents.');
    await contribute.field('contribute.correction_who').fill('Tunis city office');
    await page.getByRole('button', { name: 'Add the correction' }).click();
    await expect(page.getByText('cities/tunis/population')).toBeVisible();
    const file = await contribute.exportFile('Tunis city office');
    expect(file.corrections).toEqual([
      expect.objectContaining({ path: 'cities/tunis/population', value: 700000, reason: 'The 2024 census counts more residents.' }),
    ]);
  });
});

onDevice('phone', () => {
  test.use({ locale: 'fr-FR' });
  test('en français sur un téléphone : le profil autodéclaré et ses partenaires', async ({ page }) => {
    const contribute = new Contribute(page, 'fr');
    await contribute.open();
    await contribute.describeKisumu();
    await expect(contribute.badge().first()).toBeVisible();
    await expect(contribute.partners.getByText(KISUMU_WORDS).first()).toBeVisible();
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(sideways).toBeLessThanOrEqual(0);
    await screenshot(page, 'contribute-kisumu-phone-fr');
  });
});
