-- Kith schema, step 5: the interactions list opens newest first. Without an index on the
-- day, SQLite would sort every interaction (and name the people of each) to show the first
-- page; with it, it reads the first page's rows and stops.

CREATE INDEX interaction_occurred ON interaction(occurred_on);
