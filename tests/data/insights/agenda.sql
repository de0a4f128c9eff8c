-- Fixture for tests/core/tst_agenda.cpp. "Today" is 2026-03-15 (TestDatabase::today()).
-- Expected values were worked out by hand and are written beside the rows they follow from;
-- day counts use 2026's 28-day February.

-- Tag and group cadences. Fed Libraries (45) beats mentors (60) for Ben; classmates (20)
-- beats Archivists (100) for Dev: the smallest wins, whether it comes from a tag or a group.
INSERT INTO tag(id, name, cadence_days) VALUES
    (1, 'mentors', 60),
    (2, 'classmates', 20),
    (3, 'no cadence', NULL);
INSERT INTO online_group(id, name, cadence_days, created_at, updated_at) VALUES
    (1, 'Fed Libraries', 45, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (2, 'Archivists', 100, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (3, 'Quiet group', NULL, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');

-- People past their cadence (today 2026-03-15), most overdue first:
--   horizon 0:  Chloe (due 02-18, 25 days over), Dev (02-21, 22), Eve (02-24, 19),
--               Finn (03-11, 4), Ivy (03-15, 0)
--   horizon 16: + Ada (03-31, -16)     horizon 31: + Ben (04-15, -31)
--   horizon 45: unchanged              horizon 46: + Hana (04-30, -46)
INSERT INTO person(id, display_name, cadence_days, known_since, created_at, updated_at) VALUES
    -- own 30; last contact 2026-03-01 (interaction 2, shared with Ben) -> due 03-31
    (1, 'Ada Archer', 30, '2025-01-01', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    -- min(mentors 60, Fed Libraries 45) = 45; last 2026-03-01 (interaction 2) -> due 04-15
    (2, 'Ben Baker', NULL, '2025-01-01', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    -- mentors 60; last 2025-12-20 -> due 2026-02-18, 25 days overdue
    (3, 'Chloe Chen', NULL, '2025-01-01', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    -- min(classmates 20, Archivists 100) = 20; last 2026-02-01 (not the older 2025-06-01
    -- inserted after it) -> due 02-21, 22 days overdue
    (4, 'Dev Das', NULL, '2025-01-01', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    -- Fed Libraries 45; never contacted: known since 2026-01-10 -> due 02-24, 19 overdue
    (5, 'Eve Evans', NULL, '2026-01-10', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    -- own 50 overrides classmates 20 (own cadence is not a minimum); last 2026-01-20
    -- -> due 03-11, 4 overdue (with 20 it would be 02-09)
    (6, 'Finn Fox', 50, '2025-01-01', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    -- only a tag and a group without cadence: not tracked although never contacted
    (7, 'Gus Gray', NULL, '2020-01-01', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    -- mentors 60; never contacted, known since 2026-03-01 -> due 04-30
    (8, 'Hana Hill', NULL, '2026-03-01', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    -- own 14; last 2026-03-01 -> due 03-15, today: listed with 0 days overdue
    (9, 'Ivy Iqbal', 14, '2025-01-01', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
INSERT INTO person_tag(person_id, tag_id) VALUES
    (2, 1), (3, 1), (4, 2), (6, 2), (7, 3), (8, 1);
INSERT INTO group_member(group_id, person_id) VALUES
    (1, 2), (2, 4), (1, 5), (3, 7);

-- Open follow-ups (today 2026-03-15):
--   horizon 0: interaction 2 (due 03-10, overdue; Ada Archer, Ben Baker),
--              interaction 3 (due 03-15, not overdue; Ben Baker)
--   horizon 6: unchanged     horizon 7: + interaction 4 (due 03-22; Chloe Chen)
-- Interaction 1's follow-up is done; interaction 5's is due 04-30.
INSERT INTO interaction(id, occurred_on, kind, summary, follow_up_on, follow_up_done_on,
                        created_at, updated_at) VALUES
    (1, '2025-11-01', 'met', 'Coffee with Ada', '2025-11-15', '2025-11-14', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (2, '2026-03-01', 'call', 'Call about the job fair', '2026-03-10', NULL, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (3, '2025-12-01', 'email', 'Asked Ben for a reference', '2026-03-15', NULL, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (4, '2025-12-20', 'message', 'Chloe sent a reading list', '2026-03-22', NULL, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (5, '2026-02-01', 'social', 'Dev shared a posting', '2026-04-30', NULL, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (6, '2026-01-20', 'met', 'Lunch with Finn', NULL, NULL, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (7, '2026-03-01', 'email', 'Ivy: conference panel', NULL, NULL, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (8, '2025-06-01', 'call', 'Old call with Dev', NULL, NULL, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
INSERT INTO interaction_person(interaction_id, person_id, occurred_on) VALUES
    (1, 1, '2025-11-01'),
    (2, 2, '2026-03-01'), (2, 1, '2026-03-01'), -- one interaction resets Ada and Ben
    (3, 2, '2025-12-01'),
    (4, 3, '2025-12-20'),
    (5, 4, '2026-02-01'),
    (6, 6, '2026-01-20'),
    (7, 9, '2026-03-01'),
    (8, 4, '2025-06-01');

-- Renewals (today 2026-03-15), earliest first:
--   days 30 (to 04-14): m3 (02-01, overdue, no dues), m6 (03-14, overdue), m5 (03-15, Ben's),
--                       m8 (03-20, lapsed but within the window), m1 (04-14, at the horizon)
--   days 31: + m2 (04-15)     days 0: m3, m6, m5
-- m4 is overdue but lapsed; m7 has no renewal date.
INSERT INTO organization(id, name, kind, created_at, updated_at) VALUES
    (1, 'American Library Association', 'association', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (2, 'ACRL', 'association', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (3, 'Special Libraries Association', 'association', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (4, 'Regional Library Network', 'association', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
INSERT INTO membership(id, person_id, organization_id, status, dues_cents, dues_currency,
                       dues_period, renewal_date, created_at, updated_at) VALUES
    (1, NULL, 1, 'active', 15000, 'USD', 'year', '2026-04-14', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (2, NULL, 2, 'active', 7500, 'USD', 'year', '2026-04-15', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (3, NULL, 3, 'active', NULL, NULL, 'year', '2026-02-01', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (4, NULL, 4, 'lapsed', 3000, 'USD', 'year', '2025-12-31', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (5, 2, 1, 'active', 15000, 'USD', 'year', '2026-03-15', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (6, NULL, 4, 'planned', 1000, 'USD', 'month', '2026-03-14', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (7, NULL, 2, 'active', 2000, 'USD', 'year', NULL, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (8, NULL, 3, 'lapsed', 9000, 'USD', 'year', '2026-03-20', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');

-- Events (today 2026-03-15).
-- Deadlines due, days 30 (to 04-14), earliest first:
--   d6 (02-01, overdue, ALA Annual), d3 (03-10, overdue), d11 (03-16, undated event),
--   d2 (03-20), d10 (03-30, attended event but not yet due), d4 (04-14, at the horizon)
-- Not listed: d1 done; d5 04-15; d7, d8 skipped event; d9 overdue on an attended event.
-- Upcoming events, days 30: e5 Local Meetup (03-15, 0 EUR, no deadline),
--   e1 State Library Conference (04-10 to 04-12, 65000 USD, next d2 registration 03-20);
--   e3 is skipped, e4 started before today, e6 starts 04-15 (listed with days 31).
INSERT INTO event(id, name, start_date, end_date, status, currency, created_at, updated_at) VALUES
    (1, 'State Library Conference', '2026-04-10', '2026-04-12', 'planned', 'USD', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (2, 'ALA Annual', '2026-06-25', NULL, 'considering', 'USD', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (3, 'Skipped Summit', '2026-03-25', NULL, 'skipped', 'USD', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (4, 'Cataloging Webinar', '2026-03-05', NULL, 'attended', 'USD', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (5, 'Local Meetup', '2026-03-15', NULL, 'registered', 'EUR', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (6, 'Summer Institute', '2026-04-15', NULL, 'planned', 'USD', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (7, 'Undated Idea', NULL, NULL, 'considering', 'USD', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
INSERT INTO event_cost(event_id, category, planned_cents, actual_cents, source) VALUES
    (1, 'registration', 25000, NULL, 'self'),
    (1, 'travel', 40000, NULL, 'employer'), -- e1 planned total 65000
    (2, 'registration', 30000, NULL, 'self'),
    (6, 'registration', 1000, NULL, 'self');
INSERT INTO event_deadline(id, event_id, kind, due_on, done, position) VALUES
    (1, 1, 'early_bird', '2026-03-01', 1, 0),
    (2, 1, 'registration', '2026-03-20', 0, 1),
    (3, 1, 'funding_request', '2026-03-10', 0, 2),
    (4, 1, 'lodging', '2026-04-14', 0, 3),
    (5, 2, 'early_bird', '2026-04-15', 0, 0),
    (6, 2, 'proposal', '2026-02-01', 0, 1),
    (7, 3, 'registration', '2026-03-18', 0, 0),
    (8, 3, 'early_bird', '2026-03-01', 0, 1),
    (9, 4, 'registration', '2026-03-02', 0, 0),
    (10, 4, 'other', '2026-03-30', 0, 1),
    (11, 7, 'other', '2026-03-16', 0, 0);
