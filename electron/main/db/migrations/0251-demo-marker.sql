-- Demo data (`npm run demo`) says so: the demo loader, and nothing else,
-- writes this one row. A real database keeps the table empty. The window
-- title and every export read it, so demo figures are never taken for real
-- ones, and the loader refuses to touch a database without it.
CREATE TABLE demo_marker (
  id         INTEGER PRIMARY KEY CHECK (id = 1),
  loaded_at  TEXT NOT NULL,
  seed       TEXT NOT NULL
);
