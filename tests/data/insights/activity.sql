-- Fixture for tests/core/tst_activity.cpp; the range asked for is 2025-11 … 2026-03.
--
-- Interactions per month by kind (hand-counted):
--   2025-11: met 1, email 2 (total 3)
--   2025-12: nothing (total 0)
--   2026-01: call 1, message 1 (total 2)
--   2026-02: nothing (total 0)
--   2026-03: social 1, event 1 (total 2)
-- Outside the range and never counted: 2025-10-31 (call) and 2026-04-01 (met).
INSERT INTO interaction(id, occurred_on, kind, created_at, updated_at) VALUES
    (1, '2025-10-31', 'call', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (2, '2025-11-03', 'met', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (3, '2025-11-20', 'email', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (4, '2025-11-20', 'email', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (5, '2026-01-05', 'call', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (6, '2026-01-31', 'message', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (7, '2026-03-01', 'social', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (8, '2026-03-15', 'event', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (9, '2026-04-01', 'met', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');

-- Network growth by known_since (added, cumulative total):
--   known before 2025-11: 2 (2024-05-10, 2025-10-31)
--   2025-11: +2 -> 4 (the 1st and the 30th)
--   2025-12: +0 -> 4
--   2026-01: +1 -> 5
--   2026-02: +0 -> 5
--   2026-03: +1 -> 6 (the 31st, last day of the range)
-- Known from 2026-04-01: after the range, not counted.
INSERT INTO person(id, display_name, known_since, created_at, updated_at) VALUES
    (1, 'Early Ella', '2024-05-10', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (2, 'October Otto', '2025-10-31', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (3, 'November Nia', '2025-11-01', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (4, 'November Noel', '2025-11-30', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (5, 'January Jo', '2026-01-15', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (6, 'March Mo', '2026-03-31', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (7, 'April Ava', '2026-04-01', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
