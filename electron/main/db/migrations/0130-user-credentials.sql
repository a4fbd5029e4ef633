-- Sign-in credentials: one per user, an administrator's passphrase or a
-- PIN, kept only as a salted scrypt hash. The hash parameters are stored
-- with each hash so they can be raised later without locking anyone out
-- (an old hash is checked with its own parameters and re-hashed on the next
-- successful sign-in). Wrong attempts are counted here; locked_until is when
-- the next attempt is allowed after five in a row.
CREATE TABLE user_credentials (
  user_id          TEXT PRIMARY KEY REFERENCES users (id),
  kind             TEXT NOT NULL CHECK (kind IN ('passphrase', 'pin')),
  algorithm        TEXT NOT NULL CHECK (algorithm = 'scrypt'),
  cost             INTEGER NOT NULL CHECK (cost >= 16384),
  block_size       INTEGER NOT NULL CHECK (block_size >= 8),
  parallelism      INTEGER NOT NULL CHECK (parallelism >= 1),
  salt             TEXT NOT NULL CHECK (length(salt) >= 32),
  hash             TEXT NOT NULL CHECK (length(hash) >= 64),
  failed_attempts  INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
  locked_until     TEXT,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
);
