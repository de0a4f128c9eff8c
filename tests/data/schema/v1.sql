-- A Kith database at schema version 1, as Kith 0.1 (schema step 1) left it.
-- Frozen: never edit; tests/core/tst_migrations.cpp upgrades it.
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE setting (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO setting VALUES('budget_currency','USD');
INSERT INTO setting VALUES('fiscal_year_start_month','7');
INSERT INTO setting VALUES('yearly_budget_cents','150000');
CREATE TABLE tag (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0),
    cadence_days INTEGER CHECK (cadence_days IS NULL OR cadence_days > 0)
);
INSERT INTO tag VALUES(1,'mentor',30);
INSERT INTO tag VALUES(2,'ALA',NULL);
CREATE TABLE organization (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind       TEXT NOT NULL DEFAULT 'other'
               CHECK (kind IN ('employer','library','association','school','company','other')),
    website    TEXT,
    city       TEXT,
    region     TEXT,
    country    TEXT,
    notes      TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
INSERT INTO organization VALUES(1,'American Library Association','association','https://www.ala.org','Chicago','IL','USA','Dues renew every July.','2025-01-10T09:00:00Z','2025-01-10T09:00:00Z');
INSERT INTO organization VALUES(2,'Denver Public Library','library',NULL,'Denver','CO','USA',NULL,'2025-01-10T09:00:00Z','2025-01-10T09:00:00Z');
CREATE TABLE organization_profile (
    id              INTEGER PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
    kind            TEXT NOT NULL
                    CHECK (kind IN ('linkedin','x','mastodon','website','facebook','other')),
    url             TEXT NOT NULL,
    position        INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE online_group (
    id                       INTEGER PRIMARY KEY,
    name                     TEXT NOT NULL CHECK (length(trim(name)) > 0),
    platform                 TEXT NOT NULL DEFAULT 'other'
                             CHECK (platform IN ('linkedin','google_groups','facebook','x',
                                    'mastodon','slack','discord','mailing_list','other')),
    url                      TEXT,
    joined_on                TEXT,
    discovered_via_group_id  INTEGER REFERENCES online_group(id) ON DELETE SET NULL,
    discovered_via_person_id INTEGER REFERENCES person(id) ON DELETE SET NULL,
    cadence_days             INTEGER CHECK (cadence_days IS NULL OR cadence_days > 0),
    notes                    TEXT,
    created_at               TEXT NOT NULL,
    updated_at               TEXT NOT NULL
);
INSERT INTO online_group VALUES(1,'Federal Librarians Network','linkedin','https://www.linkedin.com/groups/1234','2024-09-01',NULL,NULL,NULL,'Job postings every week.','2025-01-10T09:00:00Z','2025-01-10T09:00:00Z');
CREATE TABLE event (
    id           INTEGER PRIMARY KEY,
    uid          TEXT,
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    organizer_id INTEGER REFERENCES organization(id) ON DELETE SET NULL,
    kind         TEXT NOT NULL DEFAULT 'conference'
                 CHECK (kind IN ('conference','meeting','workshop','webinar','meetup')),
    format       TEXT NOT NULL DEFAULT 'in_person'
                 CHECK (format IN ('in_person','online','hybrid')),
    start_date   TEXT,
    start_time   TEXT,
    end_date     TEXT,
    end_time     TEXT,
    time_zone    TEXT,
    venue        TEXT,
    city         TEXT,
    region       TEXT,
    country      TEXT,
    url          TEXT,
    status       TEXT NOT NULL DEFAULT 'considering'
                 CHECK (status IN ('considering','planned','registered','attended','skipped')),
    funding      TEXT NOT NULL DEFAULT 'not_needed'
                 CHECK (funding IN ('not_needed','requested','approved','denied')),
    currency     TEXT NOT NULL DEFAULT 'USD' CHECK (length(currency) = 3),
    notes        TEXT,
    reflection   TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);
INSERT INTO event VALUES(1,NULL,'ALA Annual Conference',1,'conference','in_person','2025-06-26',NULL,'2025-06-30',NULL,NULL,NULL,'Philadelphia','PA','USA',NULL,'planned','requested','USD','First conference!',NULL,'2025-01-10T09:00:00Z','2025-01-10T09:00:00Z');
CREATE TABLE person (
    id                INTEGER PRIMARY KEY,
    uid               TEXT,
    display_name      TEXT NOT NULL CHECK (length(trim(display_name)) > 0),
    given_name        TEXT,
    family_name       TEXT,
    headline          TEXT,
    city              TEXT,
    region            TEXT,
    country           TEXT,
    met_at_event_id   INTEGER REFERENCES event(id) ON DELETE SET NULL,
    met_in_group_id   INTEGER REFERENCES online_group(id) ON DELETE SET NULL,
    introduced_by_id  INTEGER REFERENCES person(id) ON DELETE SET NULL,
    cadence_days      INTEGER CHECK (cadence_days IS NULL OR cadence_days > 0),
    notes             TEXT,
    known_since       TEXT NOT NULL,
    origin            TEXT NOT NULL DEFAULT 'manual'
                      CHECK (origin IN ('manual','linkedin','vcard','csv','demo')),
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    CHECK (introduced_by_id IS NULL OR introduced_by_id <> id)
);
INSERT INTO person VALUES(1,NULL,'Margaret Okafor','Margaret','Okafor','Retired school librarian','Denver','CO','USA',NULL,NULL,NULL,30,'Mentor; active in AASL.','2024-05-01','manual','2025-01-10T09:00:00Z','2025-01-10T09:00:00Z');
INSERT INTO person VALUES(2,NULL,'José Müller','José','Müller','Reference librarian','Boulder','CO','USA',NULL,1,NULL,NULL,NULL,'2024-10-02','linkedin','2025-01-10T09:00:00Z','2025-01-10T09:00:00Z');
CREATE TABLE person_photo (
    person_id INTEGER PRIMARY KEY REFERENCES person(id) ON DELETE CASCADE,
    data      BLOB NOT NULL
);
CREATE TABLE person_email (
    id        INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    email     TEXT NOT NULL,
    label     TEXT,
    position  INTEGER NOT NULL DEFAULT 0
);
INSERT INTO person_email VALUES(1,1,'margaret@example.org','home',0);
CREATE TABLE person_phone (
    id        INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    phone     TEXT NOT NULL,
    label     TEXT,
    position  INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE person_profile (
    id        INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    kind      TEXT NOT NULL
              CHECK (kind IN ('linkedin','x','mastodon','website','facebook','other')),
    url       TEXT NOT NULL,
    position  INTEGER NOT NULL DEFAULT 0
);
INSERT INTO person_profile VALUES(1,2,'linkedin','https://www.linkedin.com/in/jose-muller',0);
CREATE TABLE person_relationship (
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    kind      TEXT NOT NULL
              CHECK (kind IN ('colleague','classmate','professor','mentor','role_model',
                              'family','recruiter','other')),
    PRIMARY KEY (person_id, kind)
) WITHOUT ROWID;
INSERT INTO person_relationship VALUES(2,'colleague');
INSERT INTO person_relationship VALUES(1,'mentor');
CREATE TABLE role (
    id              INTEGER PRIMARY KEY,
    person_id       INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    organization_id INTEGER REFERENCES organization(id) ON DELETE SET NULL,
    title           TEXT,
    start_date      TEXT,
    end_date        TEXT,
    position        INTEGER NOT NULL DEFAULT 0,
    CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);
INSERT INTO role VALUES(1,2,2,'Reference Librarian','2023-08-01',NULL,0);
CREATE TABLE membership (
    id              INTEGER PRIMARY KEY,
    person_id       INTEGER REFERENCES person(id) ON DELETE CASCADE, -- NULL: the user
    organization_id INTEGER NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
    role            TEXT NOT NULL DEFAULT 'member',
    since           TEXT,
    status          TEXT NOT NULL DEFAULT 'active'
                    CHECK (status IN ('planned','active','lapsed')),
    dues_cents      INTEGER CHECK (dues_cents IS NULL OR dues_cents >= 0),
    dues_currency   TEXT CHECK (dues_currency IS NULL OR length(dues_currency) = 3),
    dues_period     TEXT NOT NULL DEFAULT 'year'
                    CHECK (dues_period IN ('year','quarter','month','once')),
    paid_by         TEXT NOT NULL DEFAULT 'self' CHECK (paid_by IN ('self','employer','other')),
    renewal_date    TEXT,
    notes           TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
INSERT INTO membership VALUES(1,NULL,1,'member','2024-07-01','active',7500,'USD','year','self','2025-07-01',NULL,'2025-01-10T09:00:00Z','2025-01-10T09:00:00Z');
CREATE TABLE group_member (
    group_id  INTEGER NOT NULL REFERENCES online_group(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, person_id)
) WITHOUT ROWID;
INSERT INTO group_member VALUES(1,2);
CREATE TABLE recommendation (
    id           INTEGER PRIMARY KEY,
    direction    TEXT NOT NULL CHECK (direction IN ('given','received')),
    person_id    INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    platform     TEXT NOT NULL DEFAULT 'linkedin'
                 CHECK (platform IN ('linkedin','letter','email','other')),
    context      TEXT,
    requested_on TEXT,
    completed_on TEXT,
    status       TEXT NOT NULL DEFAULT 'to_ask'
                 CHECK (status IN ('to_ask','requested','received','given','declined')),
    body         TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
INSERT INTO recommendation VALUES(1,'received',2,'linkedin','co-worker',NULL,'2024-12-01','received','A thoughtful, tireless colleague.','2025-01-10T09:00:00Z','2025-01-10T09:00:00Z');
CREATE TABLE event_cost (
    id            INTEGER PRIMARY KEY,
    event_id      INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    category      TEXT NOT NULL
                  CHECK (category IN ('registration','travel','lodging','meals','other')),
    planned_cents INTEGER NOT NULL DEFAULT 0 CHECK (planned_cents >= 0),
    actual_cents  INTEGER CHECK (actual_cents IS NULL OR actual_cents >= 0),
    source        TEXT NOT NULL DEFAULT 'self'
                  CHECK (source IN ('self','employer','scholarship')),
    note          TEXT,
    position      INTEGER NOT NULL DEFAULT 0
);
INSERT INTO event_cost VALUES(1,1,'registration',25000,NULL,'self',NULL,0);
INSERT INTO event_cost VALUES(2,1,'travel',40000,NULL,'employer',NULL,0);
CREATE TABLE event_deadline (
    id       INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    kind     TEXT NOT NULL
             CHECK (kind IN ('early_bird','registration','funding_request','proposal',
                             'lodging','other')),
    due_on   TEXT NOT NULL,
    done     INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    note     TEXT,
    position INTEGER NOT NULL DEFAULT 0
);
INSERT INTO event_deadline VALUES(1,1,'early_bird','2025-03-01',0,NULL,0);
CREATE TABLE event_session (
    id        INTEGER PRIMARY KEY,
    event_id  INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    title     TEXT NOT NULL,
    starts_at TEXT,
    notes     TEXT,
    position  INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE event_participant (
    event_id  INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    role      TEXT NOT NULL CHECK (role IN ('companion','to_meet')),
    met       INTEGER NOT NULL DEFAULT 0 CHECK (met IN (0, 1)),
    PRIMARY KEY (event_id, person_id, role)
) WITHOUT ROWID;
INSERT INTO event_participant VALUES(1,1,'companion',0);
CREATE TABLE interaction (
    id                INTEGER PRIMARY KEY,
    uid               TEXT,
    occurred_on       TEXT NOT NULL,
    kind              TEXT NOT NULL
                      CHECK (kind IN ('met','call','email','message','social','event')),
    event_id          INTEGER REFERENCES event(id) ON DELETE SET NULL,
    summary           TEXT,
    follow_up_on      TEXT,
    follow_up_done_on TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
INSERT INTO interaction VALUES(1,NULL,'2025-01-05','call',NULL,'Talked about the conference budget','2025-01-20',NULL,'2025-01-10T09:00:00Z','2025-01-10T09:00:00Z');
CREATE TABLE interaction_person (
    interaction_id INTEGER NOT NULL REFERENCES interaction(id) ON DELETE CASCADE,
    person_id      INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    occurred_on    TEXT NOT NULL, -- copied from the interaction so "latest contact" is an index seek
    PRIMARY KEY (interaction_id, person_id)
) WITHOUT ROWID;
INSERT INTO interaction_person VALUES(1,1,'2025-01-05');
CREATE TABLE person_tag (
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    tag_id    INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
    PRIMARY KEY (person_id, tag_id)
) WITHOUT ROWID;
INSERT INTO person_tag VALUES(1,1);
CREATE TABLE organization_tag (
    organization_id INTEGER NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
    tag_id          INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
    PRIMARY KEY (organization_id, tag_id)
) WITHOUT ROWID;
CREATE TABLE membership_tag (
    membership_id INTEGER NOT NULL REFERENCES membership(id) ON DELETE CASCADE,
    tag_id        INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
    PRIMARY KEY (membership_id, tag_id)
) WITHOUT ROWID;
CREATE TABLE group_tag (
    group_id INTEGER NOT NULL REFERENCES online_group(id) ON DELETE CASCADE,
    tag_id   INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, tag_id)
) WITHOUT ROWID;
CREATE TABLE recommendation_tag (
    recommendation_id INTEGER NOT NULL REFERENCES recommendation(id) ON DELETE CASCADE,
    tag_id            INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
    PRIMARY KEY (recommendation_id, tag_id)
) WITHOUT ROWID;
CREATE TABLE event_tag (
    event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    tag_id   INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, tag_id)
) WITHOUT ROWID;
CREATE TABLE interaction_tag (
    interaction_id INTEGER NOT NULL REFERENCES interaction(id) ON DELETE CASCADE,
    tag_id         INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
    PRIMARY KEY (interaction_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX organization_name ON organization(name COLLATE NOCASE);
CREATE INDEX organization_profile_owner ON organization_profile(organization_id);
CREATE INDEX online_group_name ON online_group(name COLLATE NOCASE);
CREATE INDEX online_group_via_group ON online_group(discovered_via_group_id);
CREATE INDEX online_group_via_person ON online_group(discovered_via_person_id);
CREATE UNIQUE INDEX event_uid ON event(uid) WHERE uid IS NOT NULL;
CREATE INDEX event_start ON event(start_date);
CREATE INDEX event_organizer ON event(organizer_id);
CREATE UNIQUE INDEX person_uid ON person(uid) WHERE uid IS NOT NULL;
CREATE INDEX person_name ON person(display_name COLLATE NOCASE);
CREATE INDEX person_known_since ON person(known_since);
CREATE INDEX person_met_at_event ON person(met_at_event_id) WHERE met_at_event_id IS NOT NULL;
CREATE INDEX person_met_in_group ON person(met_in_group_id) WHERE met_in_group_id IS NOT NULL;
CREATE INDEX person_introduced_by ON person(introduced_by_id) WHERE introduced_by_id IS NOT NULL;
CREATE INDEX person_email_owner ON person_email(person_id);
CREATE INDEX person_email_address ON person_email(email COLLATE NOCASE);
CREATE INDEX person_phone_owner ON person_phone(person_id);
CREATE INDEX person_profile_owner ON person_profile(person_id);
CREATE INDEX person_profile_url ON person_profile(url);
CREATE INDEX person_relationship_kind ON person_relationship(kind, person_id);
CREATE INDEX role_person ON role(person_id);
CREATE INDEX role_organization ON role(organization_id) WHERE organization_id IS NOT NULL;
CREATE INDEX membership_person ON membership(person_id);
CREATE INDEX membership_organization ON membership(organization_id);
CREATE INDEX membership_renewal ON membership(renewal_date) WHERE renewal_date IS NOT NULL;
CREATE INDEX group_member_person ON group_member(person_id, group_id);
CREATE INDEX recommendation_person ON recommendation(person_id, direction);
CREATE INDEX recommendation_completed ON recommendation(completed_on);
CREATE INDEX event_cost_event ON event_cost(event_id);
CREATE INDEX event_deadline_event ON event_deadline(event_id);
CREATE INDEX event_deadline_due ON event_deadline(due_on) WHERE done = 0;
CREATE INDEX event_session_event ON event_session(event_id);
CREATE INDEX event_participant_person ON event_participant(person_id);
CREATE UNIQUE INDEX interaction_uid ON interaction(uid) WHERE uid IS NOT NULL;
CREATE INDEX interaction_event ON interaction(event_id) WHERE event_id IS NOT NULL;
CREATE INDEX interaction_month ON interaction(substr(occurred_on, 1, 7), kind);
CREATE INDEX interaction_open_follow_up ON interaction(follow_up_on)
    WHERE follow_up_on IS NOT NULL AND follow_up_done_on IS NULL;
CREATE INDEX interaction_person_latest ON interaction_person(person_id, occurred_on);
CREATE TRIGGER interaction_date_follows AFTER UPDATE OF occurred_on ON interaction
BEGIN
    UPDATE interaction_person SET occurred_on = new.occurred_on WHERE interaction_id = new.id;
END;
CREATE INDEX person_tag_tag ON person_tag(tag_id, person_id);
CREATE INDEX organization_tag_tag ON organization_tag(tag_id, organization_id);
CREATE INDEX membership_tag_tag ON membership_tag(tag_id, membership_id);
CREATE INDEX group_tag_tag ON group_tag(tag_id, group_id);
CREATE INDEX recommendation_tag_tag ON recommendation_tag(tag_id, recommendation_id);
CREATE INDEX event_tag_tag ON event_tag(tag_id, event_id);
CREATE INDEX interaction_tag_tag ON interaction_tag(tag_id, interaction_id);
COMMIT;
PRAGMA application_id = 1265202280;
PRAGMA user_version = 1;
