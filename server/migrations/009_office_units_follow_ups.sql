-- The office side finished (issue 13). Every handling unit has its account unit-<unitId>, seeded at start; the one
-- unit account of earlier versions, jm-urban, takes that name here, keeping its password, sessions and history.
UPDATE office_accounts SET username = 'unit-jm-urban'
  WHERE username = 'jm-urban' AND role = 'unit' AND unit_id = 'jm-urban'
    AND NOT EXISTS (SELECT 1 FROM office_accounts WHERE username = 'unit-jm-urban');

-- the 回访 of a 差评 the workflow has no step for (an appeal closed by its second 差评): recorded by the handling
-- unit with a note; the task then stays done, with who and when. The id names the task in the office routes.
ALTER TABLE follow_ups ADD COLUMN id bigserial;
ALTER TABLE follow_ups ADD CONSTRAINT follow_ups_id UNIQUE (id);
ALTER TABLE follow_ups ADD COLUMN done_at bigint;
ALTER TABLE follow_ups ADD COLUMN done_by bigint REFERENCES office_accounts (id);
ALTER TABLE follow_ups ADD COLUMN done_note text;

-- an account's own changes are audited too (a password changed: kind account, the record its username)
ALTER TABLE office_audit DROP CONSTRAINT office_audit_kind_check;
ALTER TABLE office_audit ADD CONSTRAINT office_audit_kind CHECK (kind IN ('appeal', 'application', 'account'));
