-- gwr corpus database, schema version 1 (docs/corpus.md describes every column).
-- The only CREATE statements of gwr. Every statement is idempotent (IF NOT EXISTS):
-- opening a database runs the version steps in gwr/store/corpus.py, then this file,
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

CREATE TABLE IF NOT EXISTS documents (
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL,                  -- absolute path of the file read
  member TEXT,                         -- zip member
  row INTEGER,                         -- 1-based data row of a CSV/XLSX/JSONL container
  source_url TEXT,
  published_on TEXT,
  sha256 TEXT NOT NULL,                -- of the raw bytes of this document
  text_sha256 TEXT NOT NULL,           -- of the clean text (UTF-8)
  encoding TEXT NOT NULL,
  format TEXT NOT NULL,
  doc_kind TEXT NOT NULL,              -- report, summary, other
  region_name TEXT,
  region_code TEXT,
  level TEXT,
  report_year INTEGER,
  review_year INTEGER,
  speaker TEXT,
  delivered_on TEXT,
  meeting TEXT,
  title TEXT,
  evidence TEXT NOT NULL DEFAULT '{}', -- JSON {field: {start, end, confidence}}
  warnings TEXT NOT NULL DEFAULT '[]', -- JSON [{code, message}]
  n_warnings INTEGER NOT NULL DEFAULT 0,
  chars INTEGER NOT NULL,              -- length of the clean text in characters
  text TEXT NOT NULL,                  -- the clean text
  minhash BLOB,                        -- 128 little-endian uint64 (one-permutation MinHash, char 5-grams)
  extractor_version TEXT NOT NULL,
  canonical_id INTEGER REFERENCES documents(id),  -- the canonical document of its group (itself if canonical)
  duplicate_of INTEGER REFERENCES documents(id),  -- NULL when canonical
  dup_kind TEXT,                       -- exact, near, same_key; NULL when canonical
  run_id INTEGER REFERENCES runs(id),
  created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS documents_source ON documents(sha256, coalesce(member, ''), coalesce(row, 0));
CREATE INDEX IF NOT EXISTS documents_key ON documents(region_code, report_year, doc_kind);
CREATE INDEX IF NOT EXISTS documents_text_sha256 ON documents(text_sha256);
CREATE INDEX IF NOT EXISTS documents_canonical ON documents(canonical_id);

CREATE TABLE IF NOT EXISTS sections (
  document_id INTEGER NOT NULL REFERENCES documents(id),
  ord INTEGER NOT NULL,                -- 0-based position in the outline
  title TEXT NOT NULL,
  level INTEGER NOT NULL,
  role TEXT NOT NULL,
  span_start INTEGER NOT NULL,         -- start of the heading
  span_end INTEGER NOT NULL,           -- end of the section body
  title_end INTEGER NOT NULL,          -- end of the heading text
  PRIMARY KEY (document_id, ord)
);

CREATE TABLE IF NOT EXISTS mentions (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id),
  ord INTEGER NOT NULL,                -- 0-based position among the document's mentions
  indicator TEXT,
  label TEXT,
  value REAL,
  value_text TEXT,
  unit TEXT,
  currency TEXT,
  low REAL,
  low_text TEXT,
  high REAL,
  high_text TEXT,
  comparator TEXT NOT NULL,
  measure TEXT NOT NULL,
  status TEXT NOT NULL,
  strength TEXT,
  year INTEGER,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  sentence TEXT NOT NULL,
  raw TEXT NOT NULL,
  approx INTEGER NOT NULL,             -- 0/1
  confidence REAL NOT NULL,
  flags TEXT NOT NULL DEFAULT '[]',    -- JSON list
  section TEXT,
  alias TEXT,                          -- the indicator name as printed (schema 2)
  main INTEGER NOT NULL DEFAULT 0,     -- 0/1: in the main-target passage (schema 2)
  region_code TEXT,                    -- copied from documents for fast panels
  report_year INTEGER                  -- copied from documents for fast panels
);
CREATE INDEX IF NOT EXISTS mentions_document ON mentions(document_id);
CREATE INDEX IF NOT EXISTS mentions_panel ON mentions(indicator, measure, status, region_code, year);

CREATE TABLE IF NOT EXISTS removed (
  document_id INTEGER NOT NULL REFERENCES documents(id),
  ord INTEGER NOT NULL,
  rule TEXT NOT NULL,                  -- rule id from gwr/data/noise.yaml
  span_start INTEGER NOT NULL,         -- raw-text offsets
  span_end INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (document_id, ord)
);

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
