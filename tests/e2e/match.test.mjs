// The Match view: reached from a profile and from the list; the answer on the first screen; the
// question refined in a sheet with results re-ranking as it changes; confidence, reasons with
// their quotations and funding that fits one tap away; settings kept in the address.

import { test, expect, onDevice, VIEWPORTS } from './fixtures.mjs';

test.describe('partners for Freetown in waste management', () => {
  test('are one tap away from Freetown’s profile', async ({ profile, match }) => {
    await profile.open('freetown');
    await profile.findPartners('Freetown');
    await expect(match.heading('Freetown')).toBeVisible();
  });

  test('choosing a sector ranks the cities with that expertise first, ten at a time', async ({ match, page }) => {
    await match.open('freetown');
    await match.pickSector('Waste management');
    await expect(page).toHaveURL(/sector=waste-management/);
    await expect(match.names.first()).toHaveText('Milan');
    await expect(match.names, 'the first page of suggestions').toHaveCount(10);
  });

  test('a suggestion says when the cities are already partners and what it would duplicate', async ({ match }) => {
    await match.open('freetown', '&sector=waste-management');
    const milan = match.suggestion('Milan');
    await expect(milan).toContainText('Already partners');
    await expect(milan).toContainText('Would duplicate an existing partnership');
  });

  test('the reasons of a suggestion quote what each city said', async ({ match, app }) => {
    await match.open('freetown', '&sector=waste-management');
    const why = await match.explain('Milan');
    await expect(why.getByText('Award-winning differentiated waste management system.')).toBeVisible();
    await expect(why.getByText(/Waste management is a pressing issue/)).toBeVisible();
    await app.screenshot('match-tablet-landscape');
  });

  test('raising the weight of expertise brings Zürich’s waste expertise up', async ({ match, page }) => {
    await match.open('freetown', '&sector=waste-management');
    await expect.poll(() => match.rankOf('Zürich'), 'Zürich is shown, below the first').toBeGreaterThan(0);
    const before = await match.rankOf('Zürich');
    await match.setWeight('Expertise meets need', 5);
    await expect(await match.weight('Expertise meets need')).toHaveValue('5');
    await expect.poll(() => match.rankOf('Zürich')).toBeLessThan(before);
    await expect(page).toHaveURL(/weights=5(,|%2C)/);
  });

  test('“New ties only” leaves out existing partners', async ({ match, page }) => {
    await match.open('freetown', '&sector=waste-management');
    await expect(match.suggestion('Milan')).toBeVisible();
    await match.chooseTies('New ties only');
    await expect(page).toHaveURL(/ties=exclude/);
    await match.done();
    await expect(match.suggestion('Milan')).toHaveCount(0);
    await expect(match.names.first()).toBeVisible();
  });

  test('the sheet closes with Escape and gives the focus back to its button', async ({ match, page }) => {
    await match.open('freetown', '&sector=waste-management');
    const sheet = await match.refine();
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();
    await expect(page.getByRole('button', { name: 'Refine' })).toBeFocused();
  });

  test('the question above the suggestions says what was asked', async ({ match }) => {
    await match.open('freetown', '&sector=waste-management&ties=exclude');
    await expect(match.question).toContainText('Waste management · Any mode · New ties only');
  });

  test('each suggestion says how much quoted evidence it rests on', async ({ match }) => {
    await match.open('freetown', '&sector=waste-management');
    await expect(match.suggestion('Milan')).toContainText('Strong evidence');
    await expect(match.results.getByText(/^(Strong|Some|Thin) evidence$/)).toHaveCount(10);
  });

  test('a suggestion shows the funding that fits the pair, with its source', async ({ match }) => {
    await match.open('freetown', '&sector=waste-management');
    const why = await match.explain('Milan');
    await expect(why.getByRole('heading', { name: 'Funding that fits' })).toBeVisible();
    const fits = why.getByRole('list', { name: 'Funding that fits' });
    await expect(fits.getByRole('listitem').first()).toBeVisible();
    await expect(fits.getByText('Source', { exact: true }).first()).toBeVisible();
  });

  test('the settings survive a reload', async ({ match, page }) => {
    await match.open('freetown', '&sector=waste-management');
    await match.setWeight('Expertise meets need', 5);
    await match.chooseTies('New ties only');
    await expect(page).toHaveURL(/ties=exclude/);
    await page.reload();
    await expect(match.heading('Freetown')).toBeVisible();
    await expect(await match.weight('Expertise meets need')).toHaveValue('5');
    await expect(page.getByRole('button', { name: 'New ties only', pressed: true })).toBeVisible();
    await match.done();
    await expect(match.names.first()).toBeVisible();
    await expect(match.suggestion('Milan')).toHaveCount(0);
  });

  test('groups cities around the sector that cover its whole need', async ({ match }) => {
    await match.open('freetown', '&sector=waste-management');
    await expect(match.groups.first()).toContainText('Covers 100% of the need recorded in these sectors.');
  });
});

test.describe('thin evidence is said, not hidden', () => {
  test('a city the sources give no priorities for gets one plain sentence about it', async ({ match }) => {
    await match.open('hamburg');
    await expect(match.warnings).toContainText('The sources state no priorities for Hamburg');
    await expect(match.suggestion(await match.names.first().textContent())).toContainText(/Thin evidence|Some evidence/);
  });

  test('a sector the city states no stance in is read as what it wants to work on', async ({ match }) => {
    await match.open('barcelona', '&sector=waste-management');
    await expect(match.warnings).toContainText('read as “Barcelona wants to work on it”');
    await expect.poll(() => match.rankOf('Tunis'), 'Tunis needs waste management').toBeLessThan(5);
    await expect.poll(() => match.rankOf('Tunis')).toBeGreaterThan(-1);
  });
});

test('a proposal started from a suggestion ranks the funding that fits it first', async ({ editor, page }) => {
  await editor.startFromMatch();
  const funding = page.getByRole('group', { name: 'Possible funding' });
  await expect(funding.getByText('Why it fits').first()).toBeVisible();
  await funding.getByText('Why it fits').first().click();
  await expect(funding.getByText('Source', { exact: true }).first()).toBeVisible();
  await expect(funding.getByText(/^Other funding in the sources \(\d+\)$/)).toBeVisible();
});

for (const [device, language] of [['phone', 'en-GB'], ['phone', 'fr-FR'], ['tablet-portrait', 'en-GB'], ['tablet-portrait', 'fr-FR'], ['tablet-landscape', 'en-GB'], ['tablet-landscape', 'fr-FR']]) {
  test.describe(`on ${device} in ${language}`, () => {
    test.use({ ...VIEWPORTS[device], locale: language });
    test('three suggested partners are on the first screen', async ({ match, page }) => {
      await match.open('freetown');
      const height = page.viewportSize().height;
      for (const i of [0, 1, 2]) {
        const box = await match.names.nth(i).boundingBox();
        expect(box.y + box.height, `suggestion ${i + 1} ends within the first screen`).toBeLessThanOrEqual(height);
      }
    });
  });
}

onDevice('phone', () => {
  test('the list leads to the Match view of a city', async ({ list, match, app }) => {
    await list.open('?q=tunis');
    await list.findPartnersFor('Tunis');
    await expect(match.heading('Tunis')).toBeVisible();
    await expect(match.names.first()).toBeVisible();
    await app.screenshot('match-phone');
  });

  test('an Explore address of the Match view opens the Workspace page', async ({ app, page }) => {
    // An old or hand-made link.
    await app.open('?view=match');
    await expect(app.heading).toHaveText('Find partners for a city');
    await expect(page).toHaveURL(/work\.html\?view=match$/);
  });

  for (const [file, first] of [
    ['work.html', 'Find partners for a city'],
    ['visual.html', 'Map of collaborations'],
    ['workshop.html', 'Workshop sessions'],
    ['contribute.html', 'Describe your city or organisation'],
  ]) {
    test(`${file} without a view shows its own first screen, loading no other page`, async ({ app, page }) => {
      const wasm = [];
      page.on('request', (request) => {
        if (request.url().endsWith('.wasm')) wasm.push(new URL(request.url()).pathname.split('/').pop());
      });
      await app.open(file);
      await expect(app.heading).toHaveText(first);
      await expect(page).toHaveURL(new RegExp(`/${file.replace('.', '\\.')}$`));
      // Only the page's own module: the Explore page's (passerelle-<hash>) is never fetched.
      expect(wasm.filter((name) => /^passerelle-[0-9a-f]+_bg\.wasm$/.test(name))).toEqual([]);
    });
  }

  test('a city is picked on the Match view', async ({ app, match }) => {
    await app.open('work.html?view=match');
    await match.pickCity('Dakar');
    await expect(match.heading('Dakar')).toBeVisible();
    await expect(match.names.first()).toBeVisible();
  });

  test('the navigation leads back to the Explore page', async ({ app, list, page }) => {
    await app.open('work.html?view=match');
    await app.navigateTo('Cities');
    await expect(list.cityNames.first()).toBeVisible();
    await expect(page).not.toHaveURL(/work\.html/);
  });
});
