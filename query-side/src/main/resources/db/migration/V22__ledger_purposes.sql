-- Purposes are bound to a catalogue (events revision 2): a ledger entry's free-text purpose becomes
-- {"code": "UNSPECIFIED", "text": <the old text>}, exactly as the upcaster reads the old events, so
-- a ledger written before this version reads like one rebuilt after it.
UPDATE disclosure_ledger_a
   SET entry = jsonb_set(entry::jsonb, '{purpose}',
                         jsonb_build_object('code', 'UNSPECIFIED', 'text', entry::jsonb -> 'purpose'))::text
 WHERE jsonb_typeof(entry::jsonb -> 'purpose') = 'string';
UPDATE disclosure_ledger_b
   SET entry = jsonb_set(entry::jsonb, '{purpose}',
                         jsonb_build_object('code', 'UNSPECIFIED', 'text', entry::jsonb -> 'purpose'))::text
 WHERE jsonb_typeof(entry::jsonb -> 'purpose') = 'string';
