-- Kith schema, step 6: what the dashboard counts over every person and interaction is kept
-- as the records change, so opening it reads a few dozen rows instead of 500,000.
--
-- The derived_* tables hold nothing of their own: triggers keep them exact on every insert,
-- update and delete (cascades and SET NULL actions fire them too); undo does not record them
-- and backups leave them out, since the triggers rebuild them as the records come back. A
-- count that falls to zero removes its row.

-- Interactions per calendar month ('YYYY-MM') and kind.
CREATE TABLE derived_interaction_month (
    month        TEXT NOT NULL,
    kind         TEXT NOT NULL,
    interactions INTEGER NOT NULL,
    PRIMARY KEY (month, kind)
) WITHOUT ROWID;
INSERT INTO derived_interaction_month(month, kind, interactions)
SELECT substr(occurred_on, 1, 7), kind, count(*) FROM interaction
 GROUP BY substr(occurred_on, 1, 7), kind;

CREATE TRIGGER interaction_derived_insert AFTER INSERT ON interaction BEGIN
    INSERT INTO derived_interaction_month(month, kind, interactions)
    VALUES (substr(new.occurred_on, 1, 7), new.kind, 1)
    ON CONFLICT (month, kind) DO UPDATE SET interactions = interactions + 1;
END;

CREATE TRIGGER interaction_derived_delete AFTER DELETE ON interaction BEGIN
    UPDATE derived_interaction_month SET interactions = interactions - 1
     WHERE month = substr(old.occurred_on, 1, 7) AND kind = old.kind;
    DELETE FROM derived_interaction_month WHERE interactions <= 0;
END;

CREATE TRIGGER interaction_derived_update AFTER UPDATE OF occurred_on, kind ON interaction
    WHEN substr(old.occurred_on, 1, 7) IS NOT substr(new.occurred_on, 1, 7)
      OR old.kind IS NOT new.kind BEGIN
    UPDATE derived_interaction_month SET interactions = interactions - 1
     WHERE month = substr(old.occurred_on, 1, 7) AND kind = old.kind;
    DELETE FROM derived_interaction_month WHERE interactions <= 0;
    INSERT INTO derived_interaction_month(month, kind, interactions)
    VALUES (substr(new.occurred_on, 1, 7), new.kind, 1)
    ON CONFLICT (month, kind) DO UPDATE SET interactions = interactions + 1;
END;

-- People per month of known_since (network growth).
CREATE TABLE derived_person_month (
    month  TEXT PRIMARY KEY NOT NULL,
    people INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO derived_person_month(month, people)
SELECT substr(known_since, 1, 7), count(*) FROM person GROUP BY substr(known_since, 1, 7);

CREATE TRIGGER person_month_derived_insert AFTER INSERT ON person BEGIN
    INSERT INTO derived_person_month(month, people) VALUES (substr(new.known_since, 1, 7), 1)
    ON CONFLICT (month) DO UPDATE SET people = people + 1;
END;

CREATE TRIGGER person_month_derived_delete AFTER DELETE ON person BEGIN
    UPDATE derived_person_month SET people = people - 1 WHERE month = substr(old.known_since, 1, 7);
    DELETE FROM derived_person_month WHERE people <= 0;
END;

CREATE TRIGGER person_month_derived_update AFTER UPDATE OF known_since ON person
    WHEN substr(old.known_since, 1, 7) IS NOT substr(new.known_since, 1, 7) BEGIN
    UPDATE derived_person_month SET people = people - 1 WHERE month = substr(old.known_since, 1, 7);
    DELETE FROM derived_person_month WHERE people <= 0;
    INSERT INTO derived_person_month(month, people) VALUES (substr(new.known_since, 1, 7), 1)
    ON CONFLICT (month) DO UPDATE SET people = people + 1;
END;

-- People per source, the first that applies: met at an event, met in a group, introduced,
-- imported, added otherwise (insights::peopleSources). The view names each person's.
CREATE VIEW person_source_of(person_id, source) AS
SELECT id, CASE WHEN met_at_event_id IS NOT NULL THEN 'event'
                WHEN met_in_group_id IS NOT NULL THEN 'group'
                WHEN introduced_by_id IS NOT NULL THEN 'introduced'
                WHEN origin IN ('linkedin', 'vcard', 'csv') THEN 'imported'
                ELSE 'other' END
  FROM person;

CREATE TABLE derived_person_source (
    source TEXT PRIMARY KEY NOT NULL
           CHECK (source IN ('event', 'group', 'introduced', 'imported', 'other')),
    people INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO derived_person_source(source, people)
SELECT source, count(*) FROM person_source_of GROUP BY source;

-- The view sees the row as it stands, so a person's old source is taken off before the
-- change and the new one added after it.
CREATE TRIGGER person_source_derived_insert AFTER INSERT ON person BEGIN
    INSERT INTO derived_person_source(source, people)
    SELECT source, 1 FROM person_source_of WHERE person_id = new.id
    ON CONFLICT (source) DO UPDATE SET people = people + 1;
END;

CREATE TRIGGER person_source_derived_delete BEFORE DELETE ON person BEGIN
    UPDATE derived_person_source SET people = people - 1
     WHERE source = (SELECT source FROM person_source_of WHERE person_id = old.id);
    DELETE FROM derived_person_source WHERE people <= 0;
END;

CREATE TRIGGER person_source_derived_before_update
    BEFORE UPDATE OF origin, met_at_event_id, met_in_group_id, introduced_by_id ON person BEGIN
    UPDATE derived_person_source SET people = people - 1
     WHERE source = (SELECT source FROM person_source_of WHERE person_id = old.id);
    DELETE FROM derived_person_source WHERE people <= 0;
END;

CREATE TRIGGER person_source_derived_update
    AFTER UPDATE OF origin, met_at_event_id, met_in_group_id, introduced_by_id ON person BEGIN
    INSERT INTO derived_person_source(source, people)
    SELECT source, 1 FROM person_source_of WHERE person_id = new.id
    ON CONFLICT (source) DO UPDATE SET people = people + 1;
END;

-- Keep in touch: each tracked person's effective cadence (their own, else the smallest of
-- their tags' and groups') and the day they fall due (the latest contact, else known_since,
-- plus the cadence, put off by a snooze), computed by the view and kept in the table, one
-- row per tracked person, by triggers on everything the view reads. "Past their cadence" is
-- then a range of derived_keep_in_touch_due.
CREATE VIEW keep_in_touch_schedule(person_id, cadence_days, due) AS
SELECT id, cadence,
       max(date(coalesce(last_contact_on, known_since), '+' || cadence || ' days'),
           coalesce(date(contact_snoozed_until), ''))
  FROM (SELECT p.id, p.last_contact_on, p.known_since, p.contact_snoozed_until,
               coalesce(p.cadence_days, (
               SELECT min(cadence) FROM (
                      SELECT t.cadence_days AS cadence FROM person_tag pt
                        JOIN tag t ON t.id = pt.tag_id WHERE pt.person_id = p.id
                      UNION ALL
                      SELECT g.cadence_days FROM group_member gm
                        JOIN online_group g ON g.id = gm.group_id WHERE gm.person_id = p.id)))
               AS cadence
          FROM person p)
 WHERE cadence IS NOT NULL;

CREATE TABLE derived_keep_in_touch (
    person_id    INTEGER PRIMARY KEY NOT NULL,
    cadence_days INTEGER NOT NULL,
    due          TEXT
);
INSERT INTO derived_keep_in_touch(person_id, cadence_days, due)
SELECT person_id, cadence_days, due FROM keep_in_touch_schedule;
CREATE INDEX derived_keep_in_touch_due ON derived_keep_in_touch(due) WHERE due IS NOT NULL;

-- Inserting a person's id here recomputes their row: every trigger below goes through it.
CREATE VIEW keep_in_touch_refresh(person_id) AS SELECT person_id FROM derived_keep_in_touch;

CREATE TRIGGER keep_in_touch_refresh_row INSTEAD OF INSERT ON keep_in_touch_refresh BEGIN
    DELETE FROM derived_keep_in_touch WHERE person_id = new.person_id;
    INSERT INTO derived_keep_in_touch(person_id, cadence_days, due)
    SELECT person_id, cadence_days, due FROM keep_in_touch_schedule
     WHERE person_id = new.person_id;
END;

CREATE TRIGGER person_keep_in_touch_insert AFTER INSERT ON person BEGIN
    INSERT INTO keep_in_touch_refresh(person_id) VALUES (new.id);
END;

CREATE TRIGGER person_keep_in_touch_update AFTER UPDATE OF cadence_days, last_contact_on,
    known_since, contact_snoozed_until ON person BEGIN
    INSERT INTO keep_in_touch_refresh(person_id) VALUES (new.id);
END;

CREATE TRIGGER person_keep_in_touch_delete AFTER DELETE ON person BEGIN
    DELETE FROM derived_keep_in_touch WHERE person_id = old.id;
END;

-- A link that comes or goes changes its person's inherited cadence.
CREATE TRIGGER person_tag_keep_in_touch_insert AFTER INSERT ON person_tag BEGIN
    INSERT INTO keep_in_touch_refresh(person_id) VALUES (new.person_id);
END;

CREATE TRIGGER person_tag_keep_in_touch_delete AFTER DELETE ON person_tag BEGIN
    INSERT INTO keep_in_touch_refresh(person_id) VALUES (old.person_id);
END;

CREATE TRIGGER person_tag_keep_in_touch_update AFTER UPDATE ON person_tag BEGIN
    INSERT INTO keep_in_touch_refresh(person_id) VALUES (old.person_id), (new.person_id);
END;

CREATE TRIGGER group_member_keep_in_touch_insert AFTER INSERT ON group_member BEGIN
    INSERT INTO keep_in_touch_refresh(person_id) VALUES (new.person_id);
END;

CREATE TRIGGER group_member_keep_in_touch_delete AFTER DELETE ON group_member BEGIN
    INSERT INTO keep_in_touch_refresh(person_id) VALUES (old.person_id);
END;

CREATE TRIGGER group_member_keep_in_touch_update AFTER UPDATE ON group_member BEGIN
    INSERT INTO keep_in_touch_refresh(person_id) VALUES (old.person_id), (new.person_id);
END;

-- A tag's or group's cadence changes every member's.
CREATE TRIGGER tag_keep_in_touch AFTER UPDATE OF cadence_days ON tag BEGIN
    INSERT INTO keep_in_touch_refresh(person_id)
    SELECT person_id FROM person_tag WHERE tag_id = new.id;
END;

CREATE TRIGGER online_group_keep_in_touch AFTER UPDATE OF cadence_days ON online_group BEGIN
    INSERT INTO keep_in_touch_refresh(person_id)
    SELECT person_id FROM group_member WHERE group_id = new.id;
END;

-- The budget chart adds up the costs of five fiscal years of events from these two indexes
-- alone, without reading an event or cost row.
CREATE INDEX event_budget ON event(start_date, status, currency);
CREATE INDEX event_cost_amounts ON event_cost(event_id, source, planned_cents, actual_cents);
