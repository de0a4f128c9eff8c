-- A Kith database at schema version 6 (the dashboard's counts and keep-in-touch schedule
-- kept by triggers in derived_* tables), as Kith 0.1 left it.
-- Frozen: never edit; tests/core/tst_migrations.cpp opens it.
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
    updated_at        TEXT NOT NULL, contact_snoozed_until TEXT
    CHECK (contact_snoozed_until IS NULL
           OR contact_snoozed_until GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'), last_contact_on TEXT,
    CHECK (introduced_by_id IS NULL OR introduced_by_id <> id)
);
INSERT INTO person VALUES(1,NULL,'Margaret Okafor','Margaret','Okafor','Retired school librarian','Denver','CO','USA',NULL,NULL,NULL,30,'Mentor; active in AASL.','2024-05-01','manual','2025-01-10T09:00:00Z','2025-01-10T09:00:00Z','2025-02-01','2025-01-05');
INSERT INTO person VALUES(2,NULL,'José Müller','José','Müller','Reference librarian','Boulder','CO','USA',NULL,1,NULL,NULL,NULL,'2024-10-02','linkedin','2025-01-10T09:00:00Z','2025-01-10T09:00:00Z',NULL,NULL);
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
PRAGMA writable_schema=ON;
INSERT INTO sqlite_schema(type,name,tbl_name,rootpage,sql)VALUES('table','search_index','search_index',0,'CREATE VIRTUAL TABLE search_index USING fts5(
    kind UNINDEXED,
    entity_id UNINDEXED,
    title,
    body,
    tokenize = ''unicode61 remove_diacritics 2'',
    prefix = ''2 3''
)');
CREATE TABLE IF NOT EXISTS 'search_index_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO search_index_data VALUES(1,X'0b00001036');
INSERT INTO search_index_data VALUES(10,X'000000000109090009010101020101030101040101050101060101070101080101090101');
INSERT INTO search_index_data VALUES(137438953473,X'0000020405306161736c110601030b0205637469766511060103090107626f756c64657221060103040102636f11060103061006010305010664656e76657211060103050102696e110601030a01046a6f7365210601020201096c696272617269616e1106010304100601030301086d6172676172657411060102020205656e746f7211060103080205756c6c6572210601020301066f6b61666f72110601020301097265666572656e6365210601030203057469726564110601030201067363686f6f6c11060103030103757361110601030710060103060003316161110601030b02016311060103090102626f21060103040102636f110601030610060103050102646511060103050102696e110601030a01026a6f210601020201026c691106010304100601030301026d6111060102020201651106010308020175210601020301026f6b110601020301027265110601030210060103020102736311060103030102757311060103071006010306000432616173110601030b0202637411060103090103626f752106010304010364656e110601030501036a6f73210601020201036c69621106010304100601030301036d617211060102020202656e11060103080202756c210601020301036f6b61110601020301037265662106010302030174110601030201037363681106010303010375736111060103071006010306040b0c0e0e0d090b150f0c0c0d100c0d0f0a08090e0909090e090808090e090e0b090a0a0a0f0a09090a0a080a');
INSERT INTO search_index_data VALUES(274877906945,X'0000006608306578616d706c65120601030301086d61726761726574120601030201036f726712060103040003316578120601030301026d61120601030201026f721206010304000432657861120601030301036d6172120601030201036f72671206010304040e0f0a0a09090b0a');
INSERT INTO search_index_data VALUES(412316860417,X'00000096073064656e766572130601030401096c696272617269616e1306010303070179130601030601067075626c6963130601030501097265666572656e636513060103020003316465130601030401026c6913080103030501027075130601030501027265130601030200043264656e130601030401036c69621308010303050103707562130601030501037265661306010302040d10080d100a0a09090b0b0a');
INSERT INTO search_index_data VALUES(549755813889,X'000001a90930616d65726963616e1406010202020a73736f63696174696f6e140601020401076368696361676f140601030202016f2406010303010664656e766572240c010202010302020375657314060103050105657665727914060103070102696c140601030301046a756c79140601030801076c6962726172791406010203100601020401067075626c69632406010203010572656e65771406010306010375736114060103041006010304000331616d1406010202020173140601020401026368140601030202016f240601030301026465240c01020201030202017514060103050102657614060103070102696c140601030301026a75140601030801026c69140601020310060102040102707524060102030102726514060103060102757314060103041006010304000432616d65140601020202027373140601020401036368691406010302010364656e240c0102020103020202756514060103050103657665140601030701036a756c140601030801036c69621406010203100601020401037075622406010203010372656e1406010306010375736114060103041006010304040f110e08100a0c090b130d0c0f0a0809080c080909090e09090e0b090a0d090a0a0f0a0a');
INSERT INTO search_index_data VALUES(687194767361,X'000000e806306576657279150601030401076665646572616c150601020201036a6f621506010302010a6c696272617269616e73150601020301076e6574776f726b15060102040108706f7374696e6773150601030301047765656b15060103050003316576150601030401026665150601020201026a6f150601030201026c69150601020301026e6515060102040102706f150601030301027765150601030500043265766515060103040103666564150601020201036a6f62150601030201036c6962150601020301036e657415060102040103706f73150601030301037765651506010305040c0e0a110e0f0b0a0909090909090b0a0a0a0a0a');
INSERT INTO search_index_data VALUES(824633720833,X'000000df0430616c61160601020202056e6e75616c1606010203010a636f6e666572656e6365160c010204010306010566697273741606010305010270611606010303020b68696c6164656c70686961160601030201037573611606010304000331616c160601020202016e16060102030102636f160c0102040103060102666916060103050102706116060103030201681606010302010275731606010304000432616c61160601020202026e6e16060102030103636f6e160c010204010306010366697216060103050103706869160601030201037573611606010304040a0c140c09120a0a080c090908090b090d0a0a');
INSERT INTO search_index_data VALUES(962072674305,X'0000009c02306117060103040102636f170601030203076c6c65616775651706010307010a74686f7567687466756c170601030502076972656c65737317060103060106776f726b65721706010303000331636f17080103020701027468170601030502016917060103060102776f1706010303000432636f6c1706010307010374686f17060103050202697217060103060103776f7217060103030408090e110e0d0b0908090b0a09');
INSERT INTO search_index_data VALUES(1099511627777,X'000000a3063061626f7574180601030301066275646765741806010306010a636f6e666572656e63651806010305010674616c6b65641806010302020268651806010304000331616218060103030102627518060103060102636f1806010305010274611806010302020168180601030400043261626f1806010303010362756418060103060103636f6e1806010305010374616c1806010302020268651806010304040c0d110d090a090909080b0a0a0a');
INSERT INTO search_index_data VALUES(1236950581249,X'0000002607306d656d62657219060103020003316d6519060103020004326d656d1906010302040d0a');
CREATE TABLE IF NOT EXISTS 'search_index_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO search_index_idx VALUES(1,X'',2);
INSERT INTO search_index_idx VALUES(2,X'',2);
INSERT INTO search_index_idx VALUES(3,X'',2);
INSERT INTO search_index_idx VALUES(4,X'',2);
INSERT INTO search_index_idx VALUES(5,X'',2);
INSERT INTO search_index_idx VALUES(6,X'',2);
INSERT INTO search_index_idx VALUES(7,X'',2);
INSERT INTO search_index_idx VALUES(8,X'',2);
INSERT INTO search_index_idx VALUES(9,X'',2);
CREATE TABLE IF NOT EXISTS 'search_index_content'(id INTEGER PRIMARY KEY, c0, c1, c2, c3);
INSERT INTO search_index_content VALUES(17,'person',1,'Margaret Okafor','Retired school librarian Denver CO USA Mentor; active in AASL.');
INSERT INTO search_index_content VALUES(18,'person',1,'','margaret@example.org');
INSERT INTO search_index_content VALUES(19,'person',2,'','Reference Librarian Denver Public Library');
INSERT INTO search_index_content VALUES(20,'organization',1,'American Library Association','Chicago IL USA Dues renew every July.');
INSERT INTO search_index_content VALUES(21,'group',1,'Federal Librarians Network','Job postings every week.');
INSERT INTO search_index_content VALUES(22,'event',1,'ALA Annual Conference',' Philadelphia PA USA First conference! ');
INSERT INTO search_index_content VALUES(23,'recommendation',1,'','co-worker A thoughtful, tireless colleague.');
INSERT INTO search_index_content VALUES(24,'interaction',1,'','Talked about the conference budget');
INSERT INTO search_index_content VALUES(25,'membership',1,'','member ');
INSERT INTO search_index_content VALUES(33,'person',2,'José Müller','Reference librarian Boulder CO USA ');
INSERT INTO search_index_content VALUES(36,'organization',2,'Denver Public Library','Denver CO USA ');
CREATE TABLE IF NOT EXISTS 'search_index_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
INSERT INTO search_index_docsize VALUES(17,X'0000020a');
INSERT INTO search_index_docsize VALUES(18,X'00000003');
INSERT INTO search_index_docsize VALUES(19,X'00000005');
INSERT INTO search_index_docsize VALUES(20,X'00000307');
INSERT INTO search_index_docsize VALUES(21,X'00000304');
INSERT INTO search_index_docsize VALUES(22,X'00000305');
INSERT INTO search_index_docsize VALUES(23,X'00000006');
INSERT INTO search_index_docsize VALUES(24,X'00000005');
INSERT INTO search_index_docsize VALUES(25,X'00000001');
INSERT INTO search_index_docsize VALUES(33,X'00000205');
INSERT INTO search_index_docsize VALUES(36,X'00000303');
CREATE TABLE IF NOT EXISTS 'search_index_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO search_index_config VALUES('version',4);
CREATE TABLE derived_interaction_month (
    month        TEXT NOT NULL,
    kind         TEXT NOT NULL,
    interactions INTEGER NOT NULL,
    PRIMARY KEY (month, kind)
) WITHOUT ROWID;
INSERT INTO derived_interaction_month VALUES('2025-01','call',1);
CREATE TABLE derived_person_month (
    month  TEXT PRIMARY KEY NOT NULL,
    people INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO derived_person_month VALUES('2024-05',1);
INSERT INTO derived_person_month VALUES('2024-10',1);
CREATE TABLE derived_person_source (
    source TEXT PRIMARY KEY NOT NULL
           CHECK (source IN ('event', 'group', 'introduced', 'imported', 'other')),
    people INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO derived_person_source VALUES('group',1);
INSERT INTO derived_person_source VALUES('other',1);
CREATE TABLE derived_keep_in_touch (
    person_id    INTEGER PRIMARY KEY NOT NULL,
    cadence_days INTEGER NOT NULL,
    due          TEXT
);
INSERT INTO derived_keep_in_touch VALUES(1,30,'2025-02-04');
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
CREATE TRIGGER organization_search_rename AFTER UPDATE OF name ON organization BEGIN
    DELETE FROM search_index
     WHERE rowid IN (SELECT id * 16 + 3 FROM role WHERE organization_id = new.id);
    INSERT INTO search_index(rowid, kind, entity_id, title, body)
    SELECT s.search_rowid, s.kind, s.entity_id, s.title, s.body
      FROM role r JOIN search_source_role s ON s.source_id = r.id
     WHERE r.organization_id = new.id;
END;
CREATE INDEX person_cadence ON person(cadence_days) WHERE cadence_days IS NOT NULL;
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
CREATE INDEX person_source ON person(origin, met_at_event_id, met_in_group_id, introduced_by_id);
CREATE INDEX interaction_occurred ON interaction(occurred_on);
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
CREATE VIEW person_source_of(person_id, source) AS
SELECT id, CASE WHEN met_at_event_id IS NOT NULL THEN 'event'
                WHEN met_in_group_id IS NOT NULL THEN 'group'
                WHEN introduced_by_id IS NOT NULL THEN 'introduced'
                WHEN origin IN ('linkedin', 'vcard', 'csv') THEN 'imported'
                ELSE 'other' END
  FROM person;
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
CREATE INDEX derived_keep_in_touch_due ON derived_keep_in_touch(due) WHERE due IS NOT NULL;
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
CREATE TRIGGER tag_keep_in_touch AFTER UPDATE OF cadence_days ON tag BEGIN
    INSERT INTO keep_in_touch_refresh(person_id)
    SELECT person_id FROM person_tag WHERE tag_id = new.id;
END;
CREATE TRIGGER online_group_keep_in_touch AFTER UPDATE OF cadence_days ON online_group BEGIN
    INSERT INTO keep_in_touch_refresh(person_id)
    SELECT person_id FROM group_member WHERE group_id = new.id;
END;
CREATE INDEX event_budget ON event(start_date, status, currency);
CREATE INDEX event_cost_amounts ON event_cost(event_id, source, planned_cents, actual_cents);
PRAGMA writable_schema=OFF;
COMMIT;
PRAGMA application_id = 1265202280;
PRAGMA user_version = 6;
