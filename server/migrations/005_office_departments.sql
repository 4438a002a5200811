-- 在线申办 per department: an office account of role department (with its department id) sees and acts on the
-- applications of its department's matters only; the 12345 centre sees them all and acts on none; a unit handles
-- appeals only. The audit log keeps the acting account's department too.
ALTER TABLE office_accounts DROP CONSTRAINT office_accounts_role_check;
ALTER TABLE office_accounts DROP CONSTRAINT office_accounts_check;
ALTER TABLE office_accounts ADD COLUMN department_id text;
ALTER TABLE office_accounts ADD CONSTRAINT office_accounts_role CHECK (role IN ('center', 'unit', 'department'));
ALTER TABLE office_accounts ADD CONSTRAINT office_accounts_scope
  CHECK ((role = 'unit') = (unit_id IS NOT NULL) AND (role = 'department') = (department_id IS NOT NULL));
ALTER TABLE office_audit ADD COLUMN department_id text;
CREATE INDEX applications_matter ON applications (matter_id, seq);
