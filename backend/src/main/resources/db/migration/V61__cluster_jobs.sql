-- Scheduled work that must run once per cluster, not once per instance (common/ClusterJobs): a job is run
-- by the instance that claims its row with a lease. A finished run records when it started, which makes the
-- job due again one period later; an instance that dies mid-run leaves only its lease, and when that ends
-- another instance runs the job again. See docs/decisions/0015-cluster-jobs-by-lease.md.
CREATE TABLE cluster_job (
    name            text PRIMARY KEY,
    claimed_by      text,
    claimed_until   timestamptz,
    run_started_at  timestamptz,
    last_success_at timestamptz,
    last_error      text
);
