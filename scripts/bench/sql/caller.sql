-- Every signed-in call first checks its caller (session/LiveSessions): the account, only while the token's
-- session is live and the account active. make bench puts this before the SQL of each signed-in row, with the
-- account and session of the row's token (pgbench -D account=… -D session=…), so both sides do the same work.
SELECT a.id, a.active, a.created_at, a.demo, a.display_name, a.email, a.organisation_code, a.password_hash,
       a.region_code, a.role, a.updated_at
FROM account a, auth_session s
WHERE s.id = ':session' AND s.account_id = a.id AND a.id = ':account' AND a.active = true
  AND s.revoked_at IS NULL AND s.expires_at > now();
