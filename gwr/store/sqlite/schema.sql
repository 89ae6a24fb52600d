-- gwr corpus database on SQLite (docs/corpus.md describes every column; the schema version
-- is gwr.store.schema.SCHEMA_VERSION). Every statement is idempotent (IF NOT EXISTS):
-- opening a database runs the version steps in gwr/store/sqlite/engine.py, then this file,
-- so a table or index added here reaches older databases too.
-- Offsets (span_start, span_end, title_end) are Python string indices into documents.text
-- (removed: into the raw decoded text). Values are REAL for arithmetic; *_text keeps the
-- exact decimal as extracted.

CREATE TABLE IF NOT EXISTS meta (
  name TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS runs (
  id INTEGER PRIMARY KEY,
  command TEXT NOT NULL,               -- ingest, reindex, add
  extractor_version TEXT NOT NULL,
  started_at TEXT NOT NULL,            -- ISO 8601 UTC
  finished_at TEXT,                    -- NULL: interrupted or still running
  status TEXT NOT NULL DEFAULT 'running',  -- running, done, interrupted, failed
  paths TEXT NOT NULL DEFAULT '[]',    -- JSON list of the paths given
  added INTEGER NOT NULL DEFAULT 0,
  updated INTEGER NOT NULL DEFAULT 0,
  skipped INTEGER NOT NULL DEFAULT 0,
  failed INTEGER NOT NULL DEFAULT 0
);

-- @tables: documents, sections, mentions, removed (generated from gwr/fields.py by gwr/store/schema.py)

CREATE UNIQUE INDEX IF NOT EXISTS documents_source ON documents(sha256, coalesce(member, ''), coalesce(row, 0));
CREATE INDEX IF NOT EXISTS documents_key ON documents(region_code, report_year, doc_kind);
CREATE INDEX IF NOT EXISTS documents_text_sha256 ON documents(text_sha256);
CREATE INDEX IF NOT EXISTS documents_canonical ON documents(canonical_id);
CREATE INDEX IF NOT EXISTS mentions_document ON mentions(document_id);
CREATE INDEX IF NOT EXISTS mentions_panel ON mentions(indicator, measure, status, region_code, year);
-- corrections (schema 4): one per figure span of a document, kept apart from the extracted rows
CREATE UNIQUE INDEX IF NOT EXISTS corrections_span ON corrections(sha256, span_start, span_end);

CREATE TABLE IF NOT EXISTS regions (
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  short TEXT,
  level TEXT NOT NULL,
  parent TEXT,
  province_code TEXT,                  -- roll-up: the province containing it (itself for a province)
  city_code TEXT,                      -- roll-up: the prefecture containing it (itself for a city)
  valid_from INTEGER,
  valid_to INTEGER
);
CREATE INDEX IF NOT EXISTS regions_code ON regions(code);

CREATE TABLE IF NOT EXISTS failures (
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL,
  member TEXT,
  row INTEGER,
  code TEXT NOT NULL,
  message TEXT NOT NULL,
  sha256 TEXT,
  run_id INTEGER REFERENCES runs(id),
  created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS failures_source ON failures(path);

-- Full-text index: rowid = documents.id; body = the clean text segmented by rjieba
-- (indicator aliases and region names added as words), words = the shorter words
-- inside long tokens (jieba search mode), both space-separated for unicode61.
CREATE VIRTUAL TABLE IF NOT EXISTS doc_fts USING fts5(body, words, tokenize = 'unicode61');
