-- Kith schema, step 3: keep-in-touch reminders can be snoozed, and the dashboard's
-- "people past their cadence" finds people with a cadence of their own without a scan.

ALTER TABLE person ADD COLUMN contact_snoozed_until TEXT
    CHECK (contact_snoozed_until IS NULL
           OR contact_snoozed_until GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]');

CREATE INDEX person_cadence ON person(cadence_days) WHERE cadence_days IS NOT NULL;
