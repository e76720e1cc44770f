// Workshop mode (issue 14) on tablets and a phone, in English and French: a session of eight
// dataset cities on two themes, two tables and three rounds; its tables and schedule; a meeting
// locked and a city moved, kept across a reload; the session's file exported and imported on
// another device; a city's calendar file parsed with an iCalendar library; the printed agenda.

import ICAL from 'ical.js';
import { test, expect, onDevice } from './fixtures.mjs';
import { screenshot } from './support.mjs';
import { Workshop } from './pages/workshop.mjs';

const CITIES = ['Accra', 'Barcelona', 'Bristol', 'Dakar', 'Durban', 'Freetown', 'Kampala', 'Kanifing'];

/** A planned session: eight cities, two themes, two tables, three rounds. */
async function planned(workshop, themes = ['Waste management', 'Governance'], title = 'Milan workshop') {
  await workshop.open();
  await workshop.create();
  await workshop.set('workshop.title', title);
  await workshop.set('workshop.table_count', 2);
  await workshop.set('workshop.round_count', 3);
  await workshop.addCities(CITIES);
  await workshop.chooseThemes(themes);
  await expect(workshop.table(1, themes[0])).toBeVisible();
  await expect(workshop.table(2, themes[1])).toBeVisible();
  await expect(workshop.rounds).toHaveCount(3);
  await workshop.expectSaved();
}

/** No city in two meetings of one round, no pair twice, every city met or shown free. */
function expectSound(schedule) {
  const pairs = new Set();
  for (const round of schedule) {
    const cities = round.flat();
    expect(new Set(cities).size, 'no city in two meetings at once').toBe(cities.length);
    for (const pair of round) {
      const key = [...pair].sort().join('|');
      expect(pairs.has(key), `${key} meets once`).toBe(false);
      pairs.add(key);
    }
  }
}

onDevice('tablet-portrait', () => {
  test('a session is planned, edited by the facilitator and kept across a reload', async ({ page }) => {
    const workshop = new Workshop(page);
    await planned(workshop);
    await expect(workshop.quality).toBeVisible();
    await expect(page.getByText(/greedy baseline: \d+%/)).toBeVisible();
    const seat = workshop.table(1, 'Waste management').getByRole('listitem').filter({ hasText: 'Freetown' });
    await expect(seat).toContainText('Need in Waste management');
    const first = await workshop.schedule();
    expect(first.map((r) => r.length)).toEqual([4, 4, expect.any(Number)]);
    expectSound(first);

    // Lock the first meeting of round 3; move Accra to the other table.
    const [a, b] = first[2][0];
    await workshop.round(3).getByRole('button', { name: `Lock ${a} – ${b}` }).click();
    await expect(workshop.round(3).getByRole('button', { name: `Unlock ${a} – ${b}` })).toBeVisible();
    const accraTable = (await workshop.table(1, 'Waste management').getByText('Accra', { exact: true }).count()) ? 2 : 1;
    await page.getByLabel('Move Accra to').selectOption({ label: `Table ${accraTable}` });
    const theme = accraTable === 1 ? 'Waste management' : 'Governance';
    await expect(workshop.table(accraTable, theme).getByRole('listitem').filter({ hasText: 'Accra' })).toContainText('locked');
    await workshop.expectSaved();
    await screenshot(page, 'workshop-plan-tablet-portrait');

    await page.reload();
    await expect(workshop.round(3).getByRole('button', { name: `Unlock ${a} – ${b}` })).toBeVisible();
    await expect(workshop.round(3)).toContainText('Locked by the facilitator in this round.');
    await expect(workshop.table(accraTable, theme).getByRole('listitem').filter({ hasText: 'Accra' })).toContainText('locked');
    expectSound(await workshop.schedule());

    // Swap a meeting of round 1 with one of round 2: each moves to the other's round.
    const before = await workshop.schedule();
    const [x, y] = [before[0][0], before[1][0]];
    await workshop.round(1).getByRole('button', { name: `Swap ${x.join(' – ')}` }).click();
    await workshop.round(2).getByRole('button', { name: `Swap with ${y.join(' – ')}` }).click();
    await expect(workshop.round(2).getByRole('button', { name: `Unlock ${x.join(' – ')}` })).toBeVisible();
    await expect(workshop.round(1).getByRole('button', { name: `Unlock ${y.join(' – ')}` })).toBeVisible();
    expectSound(await workshop.schedule());
  });

  test('an impossible request is explained in words', async ({ page }) => {
    const workshop = new Workshop(page);
    await planned(workshop);
    await page.getByLabel('Absent city').selectOption({ label: 'Dakar' });
    await workshop.set('workshop.absent_round', 1);
    await page.getByRole('button', { name: 'Add the absence' }).click();
    await page.getByLabel('Absent city').selectOption({ label: 'Dakar' });
    await workshop.set('workshop.absent_round', 2);
    await page.getByRole('button', { name: 'Add the absence' }).click();
    await page.getByLabel('Absent city').selectOption({ label: 'Dakar' });
    await workshop.set('workshop.absent_round', 3);
    await page.getByRole('button', { name: 'Add the absence' }).click();
    await page.getByLabel('First city').selectOption({ label: 'Dakar' });
    await page.getByLabel('Second city').selectOption({ label: 'Kampala' });
    await page.getByRole('button', { name: 'Add the pair' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Not kept:' })).toContainText(
      'The requested pair Dakar – Kampala: absences leave no round both attend',
    );
    await expect(workshop.round(2)).toContainText('Away: Dakar');
  });
});

test.describe('a planned session on a tablet', () => {
  test('moves to another device by file and keeps its plan', async ({ page, newUser }) => {
    const workshop = new Workshop(page);
    await planned(workshop);
    const [a, b] = (await workshop.schedule())[1][0];
    await workshop.round(2).getByRole('button', { name: `Lock ${a} – ${b}` }).click();
    await workshop.expectSaved();
    const { name, text } = await workshop.exportFile();
    expect(name).toMatch(/^passerelle-workshop-\d{4}-\d\d-\d\d\.json$/);
    const file = JSON.parse(text);
    expect(file.format).toBe('passerelle-workshop');
    expect(file.session.cities).toHaveLength(8);
    expect(file.session.locks.meetings).toHaveLength(1);

    // The same file here again changes nothing.
    await workshop.open();
    await workshop.import('session.json', text);
    await expect(page.getByRole('status').filter({ hasText: 'already on this device' })).toBeVisible();

    const other = new Workshop(await newUser('tablet-landscape'));
    await other.open();
    await other.import('session.json', text);
    await expect(other.page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
    await other.page.getByRole('link', { name: 'Milan workshop' }).click();
    await expect(other.round(2).getByRole('button', { name: `Unlock ${a} – ${b}` })).toBeVisible();

    // A damaged file is refused in words, and nothing is stored.
    await other.open();
    file.session.cities[0] = 'atlantis';
    await other.import('bad.json', JSON.stringify(file));
    await expect(other.page.getByRole('alert').filter({ hasText: 'This file was not imported' })).toContainText(
      // The id is isolated for direction (U+2068 … U+2069).
      /Attending cities: “\W?atlantis\W?” is not a city of the dataset/,
    );
  });

  test('gives a city its calendar file and its printed agenda', async ({ page }) => {
    const workshop = new Workshop(page);
    await planned(workshop);
    await workshop.chooseAgendaOf('Dakar');
    const { name, text } = await workshop.downloadCalendar();
    expect(name).toMatch(/^dakar-\d{4}-\d\d-\d\d\.ics$/);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    const schedule = await workshop.schedule();
    const meetings = schedule.filter((round) => round.some((pair) => pair.includes('Dakar'))).length;
    expect(events).toHaveLength(1 + meetings);
    const table = events[0];
    expect(table.summary).toMatch(/^Table [12] · (Waste management|Governance)$/);
    expect(table.startDate.toString()).toMatch(/T09:00:00$/);
    expect(table.endDate.toString()).toMatch(/T09:45:00$/);
    const starts = events.slice(1).map((e) => e.startDate.toString().slice(-8));
    for (const start of starts) expect(['09:45:00', '10:00:00', '10:15:00']).toContain(start);
    for (const meeting of events.slice(1)) expect(meeting.summary).toMatch(/^Meeting with \S/);

    // Printing shows the agenda, and only it.
    await page.evaluate(() => {
      window.print = () => {
        document.title = `printed ${document.title}`;
      };
    });
    await page.getByRole('button', { name: 'Print this agenda' }).click();
    await expect(page).toHaveTitle(/^printed /);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { name: 'Agenda of Dakar', includeHidden: true })).toBeVisible();
    await expect(page.getByText('Start time')).toBeHidden();
    await screenshot(page, 'workshop-agenda-print');
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: 'Print the overview of the rounds' }).click();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { name: 'Overview of the rounds', includeHidden: true })).toBeVisible();
    await screenshot(page, 'workshop-overview-print');
  });
});

onDevice('tablet-landscape', () => {
  // The issue's own case: twelve cities, three themes, three tables, four rounds; then the
  // session opens again with no connection.
  test('twelve cities, three themes, three tables and four rounds; reopened offline', async ({ page, context, errors }) => {
    const workshop = new Workshop(page);
    await workshop.open();
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 }).toBe(true);
    const themes = ['Waste management', 'Governance', 'Youth employment & job creation'];
    await workshop.create();
    await workshop.set('workshop.title', 'Twelve cities');
    await workshop.set('workshop.table_count', 3);
    await workshop.set('workshop.round_count', 4);
    await workshop.addCities([...CITIES, 'Milan', 'Tunis', 'Zürich', 'Lisbon']);
    await workshop.chooseThemes(themes);
    for (const [i, theme] of themes.entries()) await expect(workshop.table(i + 1, theme)).toBeVisible();
    await expect(workshop.rounds).toHaveCount(4);
    const before = await workshop.schedule();
    expectSound(before);
    const [a, b] = before[1][0];
    await workshop.round(2).getByRole('button', { name: `Lock ${a} – ${b}` }).click();
    await expect(workshop.round(2).getByRole('button', { name: `Unlock ${a} – ${b}` })).toBeVisible();
    expectSound(await workshop.schedule());
    await workshop.expectSaved();
    await screenshot(page, 'workshop-twelve-cities-tablet-landscape');

    await context.setOffline(true);
    errors.allow(/ERR_INTERNET_DISCONNECTED|Failed to load resource/);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Twelve cities' })).toBeVisible();
    await expect(workshop.round(2).getByRole('button', { name: `Unlock ${a} – ${b}` })).toBeVisible();
    expectSound(await workshop.schedule());
  });
});

onDevice('phone', () => {
  test.use({ locale: 'fr-FR' });
  test('en français sur un téléphone, la session se planifie et se relit', async ({ page, app }) => {
    const workshop = new Workshop(page, 'fr');
    await planned(workshop, ['Gestion des déchets', 'Gouvernance'], 'Atelier de Milan');
    await expect(page.getByText(/^Cinq meilleures suggestions rencontrées : \d+ %$/)).toBeVisible();
    expectSound(await workshop.schedule());
    expect(await app.sidewaysScroll(), 'nothing wider than the phone').toBeLessThanOrEqual(0);
    await screenshot(page, 'workshop-plan-phone-fr');
    await page.reload();
    await expect(workshop.rounds).toHaveCount(3);
    await workshop.open();
    await expect(page.getByRole('link', { name: 'Atelier de Milan' })).toBeVisible();
  });
});
