-- Kith schema, step 4: each person's latest contact is kept on the person, so lists sort by
-- it and "past their cadence" reads it without a look-up per person. Triggers on
-- interaction_person keep it in step; nothing else writes it.

ALTER TABLE person ADD COLUMN last_contact_on TEXT;
UPDATE person
   SET last_contact_on = (SELECT max(occurred_on) FROM interaction_person ip
                           WHERE ip.person_id = person.id);
CREATE INDEX person_last_contact ON person(last_contact_on);

CREATE TRIGGER interaction_person_contact_insert AFTER INSERT ON interaction_person BEGIN
    UPDATE person SET last_contact_on = new.occurred_on
     WHERE id = new.person_id
       AND (last_contact_on IS NULL OR last_contact_on < new.occurred_on);
END;

CREATE TRIGGER interaction_person_contact_delete AFTER DELETE ON interaction_person BEGIN
    UPDATE person
       SET last_contact_on = (SELECT max(occurred_on) FROM interaction_person ip
                               WHERE ip.person_id = old.person_id)
     WHERE id = old.person_id AND last_contact_on = old.occurred_on;
END;

CREATE TRIGGER interaction_person_contact_update AFTER UPDATE OF occurred_on, person_id
    ON interaction_person BEGIN
    UPDATE person
       SET last_contact_on = (SELECT max(occurred_on) FROM interaction_person ip
                               WHERE ip.person_id = person.id)
     WHERE id IN (old.person_id, new.person_id);
END;

-- "Where people came from" counts each category from this index alone.
CREATE INDEX person_source ON person(origin, met_at_event_id, met_in_group_id, introduced_by_id);
