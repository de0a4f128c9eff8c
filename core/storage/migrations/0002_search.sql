-- Kith schema, step 2: full-text search over every kind of record.
--
-- One FTS5 table. Each source row owns one index row whose rowid is (source id * 16 + code),
-- so a trigger replaces it by rowid. `kind` and `entity_id` name the record a hit opens: an
-- e-mail, a role or a session leads to its person or event. Titles hold names (ranked
-- higher); bodies hold everything else. The text of each source is defined once, in its
-- search_source_* view, which triggers and the initial fill read.

CREATE VIRTUAL TABLE search_index USING fts5(
    kind UNINDEXED,
    entity_id UNINDEXED,
    title,
    body,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

-- person (code 1)
CREATE VIEW search_source_person(source_id, search_rowid, kind, entity_id, title, body) AS
    SELECT id, id * 16 + 1, 'person', id,
           display_name
           || CASE WHEN instr(display_name, coalesce(given_name, '')) > 0 THEN ''
                   ELSE ' ' || given_name END
           || CASE WHEN instr(display_name, coalesce(family_name, '')) > 0 THEN ''
                   ELSE ' ' || family_name END,
           coalesce(headline, '') || ' ' || coalesce(city, '') || ' ' || coalesce(region, '')
           || ' ' || coalesce(country, '') || ' ' || coalesce(notes, '')
      FROM person;
CREATE TRIGGER person_search_insert AFTER INSERT ON person BEGIN
    INSERT INTO search_index(rowid, kind, entity_id, title, body)
    SELECT search_rowid, kind, entity_id, title, body FROM search_source_person WHERE source_id = new.id;
END;
CREATE TRIGGER person_search_update AFTER UPDATE OF display_name, given_name, family_name, headline, city, region, country, notes ON person BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 16 + 1;
    INSERT INTO search_index(rowid, kind, entity_id, title, body)
    SELECT search_rowid, kind, entity_id, title, body FROM search_source_person WHERE source_id = new.id;
END;
CREATE TRIGGER person_search_delete AFTER DELETE ON person BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 16 + 1;
END;
INSERT INTO search_index(rowid, kind, entity_id, title, body)
SELECT search_rowid, kind, entity_id, title, body FROM search_source_person;

-- person_email (code 2)
CREATE VIEW search_source_person_email(source_id, search_rowid, kind, entity_id, title, body) AS
    SELECT id, id * 16 + 2, 'person', person_id,
           '',
           email
      FROM person_email;
CREATE TRIGGER person_email_search_insert AFTER INSERT ON person_email BEGIN
    INSERT INTO search_index(rowid, kind, entity_id, title, body)
    SELECT search_rowid, kind, entity_id, title, body FROM search_source_person_email WHERE source_id = new.id;
END;
CREATE TRIGGER person_email_search_update AFTER UPDATE ON person_email BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 16 + 2;
    INSERT INTO search_index(rowid, kind, entity_id, title, body)
    SELECT search_rowid, kind, entity_id, title, body FROM search_source_person_email WHERE source_id = new.id;
END;
CREATE TRIGGER person_email_search_delete AFTER DELETE ON person_email BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 16 + 2;
END;
INSERT INTO search_index(rowid, kind, entity_id, title, body)
SELECT search_rowid, kind, entity_id, title, body FROM search_source_person_email;

-- role (code 3)
CREATE VIEW search_source_role(source_id, search_rowid, kind, entity_id, title, body) AS
    SELECT id, id * 16 + 3, 'person', person_id,
           '',
           coalesce(title, '') || ' '
           || coalesce((SELECT name FROM organization o WHERE o.id = organization_id), '')
      FROM role;
CREATE TRIGGER role_search_insert AFTER INSERT ON role BEGIN
    INSERT INTO search_index(rowid, kind, entity_id, title, body)
    SELECT search_rowid, kind, entity_id, title, body FROM search_source_role WHERE source_id = new.id;
END;
CREATE TRIGGER role_search_update AFTER UPDATE ON role BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 16 + 3;
    INSERT INTO search_index(rowid, kind, entity_id, title, body)
    SELECT search_rowid, kind, entity_id, title, body FROM search_source_role WHERE source_id = new.id;
END;
CREATE TRIGGER role_search_delete AFTER DELETE ON role BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 16 + 3;
END;
INSERT INTO search_index(rowid, kind, entity_id, title, body)
SELECT search_rowid, kind, entity_id, title, body FROM search_source_role;

-- organization (code 4)
CREATE VIEW search_source_organization(source_id, search_rowid, kind, entity_id, title, body) AS
    SELECT id, id * 16 + 4, 'organization', id,
           name,
           coalesce(city, '') || ' ' || coalesce(region, '') || ' ' || coalesce(country, '') || ' '
           || coalesce(notes, '')
      FROM organization;
CREATE TRIGGER organization_search_insert AFTER INSERT ON organization BEGIN
    INSERT INTO search_index(rowid, kind, entity_id, title, body)
    SELECT search_rowid, kind, entity_id, title, body FROM search_source_organization WHERE source_id = new.id;
END;
CREATE TRIGGER organization_search_update AFTER UPDATE OF name, city, region, country, notes ON organization BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 16 + 4;
    INSERT INTO search_index(rowid, kind, entity_id, title, body)
    SELECT search_rowid, kind, entity_id, title, body FROM search_source_organization WHERE source_id = new.id;
END;
CREATE TRIGGER organization_search_delete AFTER DELETE ON organization BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 16 + 4;
END;
INSERT INTO search_index(rowid, kind, entity_id, title, body)
SELECT search_rowid, kind, entity_id, title, body FROM search_source_organization;

-- online_group (code 5)
CREATE VIEW search_source_online_group(source_id, search_rowid, kind, entity_id, title, body) AS
    SELECT id, id * 16 + 5, 'group', id,
           name,
           coalesce(notes, '')
      FROM online_group;
CREATE TRIGGER online_group_search_insert AFTER INSERT ON online_group BEGIN
    INSERT INTO search_index(rowid, kind, entity_id, title, body)
    SELECT search_rowid, kind, entity_id, title, body FROM search_source_online_group WHERE source_id = new.id;
END;
CREATE TRIGGER online_group_search_update AFTER UPDATE OF name, notes ON online_group BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 16 + 5;
    INSERT INTO search_index(rowid, kind, entity_id, title, body)
    SELECT search_rowid, kind, entity_id, title, body FROM search_source_online_group WHERE source_id = new.id;
END;
CREATE TRIGGER online_group_search_delete AFTER DELETE ON online_group BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 16 + 5;
END;
INSERT INTO search_index(rowid, kind, entity_id, title, body)
SELECT search_rowid, kind, entity_id, title, body FROM search_source_online_group;

-- event (code 6)
CREATE VIEW search_source_event(source_id, search_rowid, kind, entity_id, title, body) AS
    SELECT id, id * 16 + 6, 'event', id,
           name,
           coalesce(venue, '') || ' ' || coalesce(city, '') || ' ' || coalesce(region, '') || ' '
           || coalesce(country, '') || ' ' || coalesce(notes, '') || ' ' || coalesce(reflection, '')
      FROM event;
CREATE TRIGGER event_search_insert AFTER INSERT ON event BEGIN
    INSERT INTO search_index(rowid, kind, entity_id, title, body)
    SELECT search_rowid, kind, entity_id, title, body FROM search_source_event WHERE source_id = new.id;
END;
CREATE TRIGGER event_search_update AFTER UPDATE OF name, venue, city, region, country, notes, reflection ON event BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 16 + 6;
    INSERT INTO search_index(rowid, kind, entity_id, title, body)
    SELECT search_rowid, kind, entity_id, title, body FROM search_source_event WHERE source_id = new.id;
END;
CREATE TRIGGER event_search_delete AFTER DELETE ON event BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 16 + 6;
END;
INSERT INTO search_index(rowid, kind, entity_id, title, body)
SELECT search_rowid, kind, entity_id, title, body FROM search_source_event;

-- recommendation (code 7)
CREATE VIEW search_source_recommendation(source_id, search_rowid, kind, entity_id, title, body) AS
    SELECT id, id * 16 + 7, 'recommendation', id,
           '',
           coalesce(context, '') || ' ' || coalesce(body, '')
      FROM recommendation;
CREATE TRIGGER recommendation_search_insert AFTER INSERT ON recommendation BEGIN
    INSERT INTO search_index(rowid, kind, entity_id, title, body)
    SELECT search_rowid, kind, entity_id, title, body FROM search_source_recommendation WHERE source_id = new.id;
END;
CREATE TRIGGER recommendation_search_update AFTER UPDATE OF context, body ON recommendation BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 16 + 7;
    INSERT INTO search_index(rowid, kind, entity_id, title, body)
    SELECT search_rowid, kind, entity_id, title, body FROM search_source_recommendation WHERE source_id = new.id;
END;
CREATE TRIGGER recommendation_search_delete AFTER DELETE ON recommendation BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 16 + 7;
END;
INSERT INTO search_index(rowid, kind, entity_id, title, body)
SELECT search_rowid, kind, entity_id, title, body FROM search_source_recommendation;

-- interaction (code 8)
CREATE VIEW search_source_interaction(source_id, search_rowid, kind, entity_id, title, body) AS
    SELECT id, id * 16 + 8, 'interaction', id,
           '',
           coalesce(summary, '')
      FROM interaction;
CREATE TRIGGER interaction_search_insert AFTER INSERT ON interaction BEGIN
    INSERT INTO search_index(rowid, kind, entity_id, title, body)
    SELECT search_rowid, kind, entity_id, title, body FROM search_source_interaction WHERE source_id = new.id;
END;
CREATE TRIGGER interaction_search_update AFTER UPDATE OF summary ON interaction BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 16 + 8;
    INSERT INTO search_index(rowid, kind, entity_id, title, body)
    SELECT search_rowid, kind, entity_id, title, body FROM search_source_interaction WHERE source_id = new.id;
END;
CREATE TRIGGER interaction_search_delete AFTER DELETE ON interaction BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 16 + 8;
END;
INSERT INTO search_index(rowid, kind, entity_id, title, body)
SELECT search_rowid, kind, entity_id, title, body FROM search_source_interaction;

-- membership (code 9)
CREATE VIEW search_source_membership(source_id, search_rowid, kind, entity_id, title, body) AS
    SELECT id, id * 16 + 9, 'membership', id,
           '',
           role || ' ' || coalesce(notes, '')
      FROM membership;
CREATE TRIGGER membership_search_insert AFTER INSERT ON membership BEGIN
    INSERT INTO search_index(rowid, kind, entity_id, title, body)
    SELECT search_rowid, kind, entity_id, title, body FROM search_source_membership WHERE source_id = new.id;
END;
CREATE TRIGGER membership_search_update AFTER UPDATE OF role, notes ON membership BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 16 + 9;
    INSERT INTO search_index(rowid, kind, entity_id, title, body)
    SELECT search_rowid, kind, entity_id, title, body FROM search_source_membership WHERE source_id = new.id;
END;
CREATE TRIGGER membership_search_delete AFTER DELETE ON membership BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 16 + 9;
END;
INSERT INTO search_index(rowid, kind, entity_id, title, body)
SELECT search_rowid, kind, entity_id, title, body FROM search_source_membership;

-- event_session (code 10)
CREATE VIEW search_source_event_session(source_id, search_rowid, kind, entity_id, title, body) AS
    SELECT id, id * 16 + 10, 'event', event_id,
           '',
           title || ' ' || coalesce(notes, '')
      FROM event_session;
CREATE TRIGGER event_session_search_insert AFTER INSERT ON event_session BEGIN
    INSERT INTO search_index(rowid, kind, entity_id, title, body)
    SELECT search_rowid, kind, entity_id, title, body FROM search_source_event_session WHERE source_id = new.id;
END;
CREATE TRIGGER event_session_search_update AFTER UPDATE ON event_session BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 16 + 10;
    INSERT INTO search_index(rowid, kind, entity_id, title, body)
    SELECT search_rowid, kind, entity_id, title, body FROM search_source_event_session WHERE source_id = new.id;
END;
CREATE TRIGGER event_session_search_delete AFTER DELETE ON event_session BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 16 + 10;
END;
INSERT INTO search_index(rowid, kind, entity_id, title, body)
SELECT search_rowid, kind, entity_id, title, body FROM search_source_event_session;

-- A renamed organization renames the roles that mention it.
CREATE TRIGGER organization_search_rename AFTER UPDATE OF name ON organization BEGIN
    DELETE FROM search_index
     WHERE rowid IN (SELECT id * 16 + 3 FROM role WHERE organization_id = new.id);
    INSERT INTO search_index(rowid, kind, entity_id, title, body)
    SELECT s.search_rowid, s.kind, s.entity_id, s.title, s.body
      FROM role r JOIN search_source_role s ON s.source_id = r.id
     WHERE r.organization_id = new.id;
END;
