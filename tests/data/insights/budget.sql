-- Fixture for tests/core/tst_budget.cpp. "Today" is 2026-03-15: dues renewed on or before it
-- count as spent. Settings are written by the tests, not here.
--
-- Hand-computed results (cents; budget currency USD unless said otherwise):
--
-- Fiscal year starting in January (calendar years)
--   FY2025 (2025-01-01 … 2025-12-31): events e7 (800/800 employer); dues m5 (10000/10000
--     other). e3 is skipped, e4 is in EUR.
--     planned 10800, spent 10800; self 0/0, employer 800/800, scholarship 0/0,
--     other 10000/10000; other currencies: EUR 30000/31000.
--   FY2026 (2026-01-01 … 2026-12-31): events e6 (1500/1200 self), e1 (self 10000/9000,
--     employer 20000/0), e2 (5000/5000 scholarship); dues m1 (15000/15000 self, renewed
--     01-31), m2 (2000 a month = 24000/0 employer, renews 09-01), m6 (CAD 4000/4000, renews
--     today).
--     planned 1500+30000+5000+15000+24000 = 75500, spent 1200+9000+5000+15000 = 30200;
--     self 26500/25200, employer 44000/0, scholarship 5000/5000, other 0/0;
--     other currencies: CAD 4000/4000. Budget 100000 -> remaining 100000 − 75500 = 24500.
--   With budget currency EUR, FY2025: planned 30000, spent 31000 (self); other currencies
--     USD 10800/10800. Budget 100000 -> remaining 100000 − 31000 = 69000 (spent > planned).
--
-- Fiscal year starting in July (FY named after the year it starts in)
--   FY2024 (2024-07-01 … 2025-06-30): nothing -> 0/0.
--   FY2025 (2025-07-01 … 2026-06-30): e4 (EUR), e7, e6, e1 (2026-06-30, the last day);
--     dues m5 (2025-08-01), m1, m6 (CAD).
--     planned 800+1500+30000+10000+15000 = 57300, spent 800+1200+9000+10000+15000 = 36000;
--     self 26500/25200, employer 20800/800, scholarship 0/0, other 10000/10000;
--     other currencies: CAD 4000/4000, EUR 30000/31000. Budget 100000 -> remaining 42700.
--   FY2026 (2026-07-01 … 2027-06-30): e2 (2026-07-01, the first day) 5000/5000 scholarship;
--     dues m2 24000/0 employer. planned 29000, spent 5000; remaining 71000.
--
-- Never counted: e3 (skipped), e5 (no start date), m3 (lapsed), m4 (a contact's), m7 (no dues).

INSERT INTO person(id, display_name, known_since, created_at, updated_at) VALUES
    (1, 'Ben Baker', '2025-01-01', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');

INSERT INTO event(id, name, start_date, status, currency, created_at, updated_at) VALUES
    (1, 'Last day of FY2025 (July years)', '2026-06-30', 'planned', 'USD', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (2, 'First day of FY2026 (July years)', '2026-07-01', 'planned', 'USD', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (3, 'Skipped conference', '2025-10-01', 'skipped', 'USD', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (4, 'Euro workshop', '2025-09-15', 'registered', 'EUR', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (5, 'Someday symposium', NULL, 'considering', 'USD', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (6, 'New Year meetup', '2026-01-01', 'attended', 'USD', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (7, 'Year-end webinar', '2025-12-31', 'attended', 'USD', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
INSERT INTO event_cost(event_id, category, planned_cents, actual_cents, source) VALUES
    (1, 'registration', 10000, 9000, 'self'),
    (1, 'travel', 20000, NULL, 'employer'),   -- no actual yet: counts 0 spent
    (2, 'registration', 5000, 5000, 'scholarship'),
    (3, 'registration', 99900, 99900, 'self'), -- skipped: nothing counts
    (4, 'lodging', 30000, 31000, 'self'),      -- EUR: reported apart
    (5, 'registration', 7000, NULL, 'self'),   -- no start date: no fiscal year
    (6, 'meals', 1500, 1200, 'self'),
    (7, 'other', 800, 800, 'employer');

INSERT INTO organization(id, name, created_at, updated_at) VALUES
    (1, 'ALA', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (2, 'ACRL', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (3, 'SLA', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (4, 'Canadian Library Association', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
INSERT INTO membership(id, person_id, organization_id, status, dues_cents, dues_currency,
                       dues_period, paid_by, renewal_date, created_at, updated_at) VALUES
    (1, NULL, 1, 'active', 15000, 'USD', 'year', 'self', '2026-01-31', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (2, NULL, 2, 'active', 2000, 'USD', 'month', 'employer', '2026-09-01', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (3, NULL, 3, 'lapsed', 9999, 'USD', 'year', 'self', '2026-02-01', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (4, 1, 1, 'active', 5000, 'USD', 'year', 'self', '2026-02-01', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (5, NULL, 3, 'planned', 2500, 'USD', 'quarter', 'other', '2025-08-01', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (6, NULL, 4, 'active', 4000, 'CAD', 'once', 'self', '2026-03-15', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    (7, NULL, 2, 'active', NULL, NULL, 'year', 'self', '2026-05-01', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
