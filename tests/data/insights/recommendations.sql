-- Fixture for tests/core/tst_recommendationinsights.cpp.
--
-- Recommendations per calendar year of completed_on (hand-counted):
--   2022: received 1 (r10)
--   2023: nothing (a gap year, listed with zeros)
--   2024: received 1 (r1)
--   2025: given 2 (r3, r7), received 2 (r2, r4), pending received 1 (r8, declined)
--   undated: pending given 2 (r5 requested, r9 declined), pending received 1 (r6 requested)
--   total: given 2, received 4, pending given 2, pending received 2
--
-- Owed back, longest first: Pat Park (received 2022-01-15, the earlier of r10 and r1; r9 to
-- Pat was declined), Mo Moss (received 2025-11-11; r5 only requested).
-- Not owed: Cruz (r3 given), Kim (r6 only requested), Ray (r8 declined).
--
-- Where people came from (first match wins):
--   met at an event 2 (Park; Eli, who also has a group), met in a group 1 (Cruz, also
--   introduced and imported), introduced 1 (Moss, also imported), imported 3 (Kim linkedin,
--   Ray csv, Vee vcard), added otherwise 2 (Dan demo, Mia manual). Total 9.
INSERT INTO event(id, name, start_date, created_at, updated_at) VALUES
    (1, 'State Library Conference', '2025-04-10', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
INSERT INTO online_group(id, name, created_at, updated_at) VALUES
    (1, 'Fed Libraries', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
INSERT INTO person(id, display_name, met_at_event_id, met_in_group_id, introduced_by_id, origin,
                   known_since, created_at, updated_at) VALUES
    (1, 'Pat Park', 1, NULL, NULL, 'linkedin', '2020-01-01', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (2, 'Cy Cruz', NULL, 1, 1, 'csv', '2020-01-01', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (3, 'Mo Moss', NULL, NULL, 1, 'vcard', '2020-01-01', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (4, 'Kai Kim', NULL, NULL, NULL, 'linkedin', '2020-01-01', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (5, 'Rae Ray', NULL, NULL, NULL, 'csv', '2020-01-01', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (6, 'Vee Vance', NULL, NULL, NULL, 'vcard', '2020-01-01', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (7, 'Dan Demo', NULL, NULL, NULL, 'demo', '2020-01-01', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (8, 'Mia Manual', NULL, NULL, NULL, 'manual', '2020-01-01', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (9, 'Eli Both', 1, 1, NULL, 'manual', '2020-01-01', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
INSERT INTO recommendation(id, direction, person_id, status, completed_on, created_at, updated_at) VALUES
    (1, 'received', 1, 'received', '2024-05-20', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (2, 'received', 2, 'received', '2025-02-10', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (3, 'given', 2, 'given', '2025-03-01', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (4, 'received', 3, 'received', '2025-11-11', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (5, 'given', 3, 'requested', NULL, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (6, 'received', 4, 'requested', NULL, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (7, 'given', 4, 'given', '2025-06-01', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (8, 'received', 5, 'declined', '2025-07-07', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (9, 'given', 1, 'declined', NULL, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (10, 'received', 1, 'received', '2022-01-15', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
