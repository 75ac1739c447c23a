-- QA Desk team server: what `qadesk-cli server init` adds to a PostgreSQL workspace after the schema steps, run by the
-- database owner in one transaction. PostgreSQL then does the work it is trusted for: each QA Desk user is a login role
-- in one qadesk_<role> group role, privileges say which tables a group may change, row-level security says which rows
-- a login sees, and a trigger stamps the audit log with the login and the server's time. The owner keeps every right;
-- QA Desk never connects as the owner for day-to-day work.
-- Statements end with ';' at the end of a line outside $$ bodies. Roles are cluster-wide, so they are created only when
-- missing; everything else is replaced, so a second run repairs the set-up.

DO $$
DECLARE
  name TEXT;
BEGIN
  FOREACH name IN ARRAY ARRAY['qadesk_admin', 'qadesk_manager', 'qadesk_evaluator', 'qadesk_lead', 'qadesk_agent'] LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = name) THEN
      EXECUTE format('CREATE ROLE %I NOLOGIN', name);
    END IF;
  END LOOP;
END
$$;

-- Privileges. Everyone reads (row-level security below narrows the rows) and appends to the audit log, which only
-- managers and administrators read; managers and
-- administrators change everything else; evaluators change what evaluating, importing and calibrating write; leads and
-- agents only what disputes and coaching write. Nobody but the owner changes the schema record or the audit log.
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO qadesk_admin, qadesk_manager, qadesk_evaluator, qadesk_lead, qadesk_agent;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO qadesk_admin, qadesk_manager, qadesk_evaluator, qadesk_lead, qadesk_agent;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO qadesk_admin, qadesk_manager, qadesk_evaluator, qadesk_lead, qadesk_agent;
GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO qadesk_admin, qadesk_manager;
GRANT INSERT, UPDATE, DELETE ON teams, agents, contacts, recordings, chat_messages, recording_peaks, contact_metrics, evaluations,
  evaluation_answers, annotations, assignments, calibration_sessions, calibration_participants, coaching_sessions,
  coaching_focus_items, coaching_evaluations, action_items, disputes, agent_months, agent_month_items, agent_month_outcomes,
  agent_month_evaluators, agent_month_conversations, auto_qa_suggestions, auto_qa_checks, auto_qa_agreements TO qadesk_evaluator;
-- contact_metrics is a cache like recording_peaks: whoever opens or measures a contact they may see stores its metrics,
-- and moves their sums in agent_month_conversations with them.
GRANT INSERT, UPDATE, DELETE ON recording_peaks, contact_metrics, agent_month_conversations, coaching_sessions,
  coaching_focus_items, coaching_evaluations, action_items, disputes TO qadesk_lead, qadesk_agent;
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON schema_info FROM qadesk_admin, qadesk_manager, qadesk_evaluator, qadesk_lead, qadesk_agent;
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM qadesk_admin, qadesk_manager, qadesk_evaluator, qadesk_lead, qadesk_agent;
-- Audit entries hold the before and after of any agent's records: only managers and administrators read them.
REVOKE SELECT ON audit_log FROM qadesk_evaluator, qadesk_lead, qadesk_agent;
GRANT INSERT ON audit_log TO qadesk_admin, qadesk_manager, qadesk_evaluator, qadesk_lead, qadesk_agent;
-- Tables that later schema steps add are readable by every group and writable by managers and administrators.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO qadesk_admin, qadesk_manager, qadesk_evaluator, qadesk_lead, qadesk_agent;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT INSERT, UPDATE, DELETE ON TABLES TO qadesk_admin, qadesk_manager;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO qadesk_admin, qadesk_manager, qadesk_evaluator, qadesk_lead, qadesk_agent;

-- Who a login is: the QA Desk user whose login is the PostgreSQL role name (current_user).
CREATE OR REPLACE FUNCTION qadesk_own_agent() RETURNS BIGINT LANGUAGE sql STABLE AS $$
  SELECT agent_id FROM users WHERE login = current_user AND active = 1 AND role = 'agent'
$$;

CREATE OR REPLACE FUNCTION qadesk_led_agents() RETURNS SETOF BIGINT LANGUAGE sql STABLE AS $$
  SELECT a.id FROM agents a JOIN user_teams t ON t.team_id = a.team_id JOIN users u ON u.id = t.user_id
  WHERE u.login = current_user AND u.active = 1 AND u.role = 'team_lead'
$$;

-- Row-level security: QA staff see every row, a lead the rows of the agents of the teams they lead, an agent their own.
-- A policy's USING also checks what a login writes, so a lead or an agent cannot write rows outside that scope either.
-- The child tables follow their parent through EXISTS, which itself sees only the parent rows the login may see.
DO $$
DECLARE
  own TEXT;
  child TEXT[];
BEGIN
  FOREACH own IN ARRAY ARRAY['contacts', 'evaluations', 'coaching_sessions', 'agent_months', 'agent_month_items',
      'agent_month_outcomes', 'agent_month_evaluators', 'agent_month_conversations'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', own);
    EXECUTE format('DROP POLICY IF EXISTS qa_staff ON %I', own);
    EXECUTE format('CREATE POLICY qa_staff ON %I TO qadesk_admin, qadesk_manager, qadesk_evaluator USING (true)', own);
    EXECUTE format('DROP POLICY IF EXISTS team_lead ON %I', own);
    EXECUTE format('CREATE POLICY team_lead ON %I TO qadesk_lead USING (agent_id IN (SELECT qadesk_led_agents()))', own);
    EXECUTE format('DROP POLICY IF EXISTS own_agent ON %I', own);
    EXECUTE format('CREATE POLICY own_agent ON %I TO qadesk_agent USING (agent_id = qadesk_own_agent())', own);
  END LOOP;
  -- child table, parent table, the child's column holding the parent's id
  FOREACH child SLICE 1 IN ARRAY ARRAY[['recordings', 'contacts', 'contact_id'], ['chat_messages', 'contacts', 'contact_id'],
      ['contact_metrics', 'contacts', 'contact_id'],
      ['evaluation_answers', 'evaluations', 'evaluation_id'], ['annotations', 'evaluations', 'evaluation_id'],
      ['disputes', 'evaluations', 'evaluation_id'], ['coaching_focus_items', 'coaching_sessions', 'session_id'],
      ['coaching_evaluations', 'coaching_sessions', 'session_id'], ['action_items', 'coaching_sessions', 'session_id'],
      ['auto_qa_suggestions', 'contacts', 'contact_id'], ['auto_qa_checks', 'contacts', 'contact_id'],
      ['auto_qa_agreements', 'evaluations', 'evaluation_id']] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', child[1]);
    EXECUTE format('DROP POLICY IF EXISTS visible_parent ON %I', child[1]);
    EXECUTE format('CREATE POLICY visible_parent ON %1$I USING (EXISTS (SELECT 1 FROM %2$I p WHERE p.id = %1$I.%3$I))',
                   child[1], child[2], child[3]);
  END LOOP;
END
$$;

-- The audit log the server can vouch for: whatever the client claims, an entry names the login that wrote it and the
-- server's time (the transaction's start, in UTC milliseconds).
CREATE OR REPLACE FUNCTION qadesk_audit_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.actor := current_user;
  NEW.at := CAST(floor(extract(epoch FROM now()) * 1000) AS BIGINT);
  RETURN NEW;
END
$$;
DROP TRIGGER IF EXISTS audit_log_stamp ON audit_log;
CREATE TRIGGER audit_log_stamp BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION qadesk_audit_stamp();

-- Login roles. Managers and administrators add and change the logins of this workspace's users without holding
-- CREATEROLE themselves: these functions run with the owner's rights (SECURITY DEFINER) and check the caller first.
-- Only a role that is a user of this workspace and a member of a QA Desk group is ever changed, never a superuser.
CREATE OR REPLACE FUNCTION qadesk_check_login_change(target TEXT, target_group TEXT) RETURNS void LANGUAGE plpgsql STABLE
  SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
  IF target_group IS NOT NULL AND target_group NOT IN ('qadesk_admin', 'qadesk_manager', 'qadesk_evaluator', 'qadesk_lead', 'qadesk_agent') THEN
    RAISE EXCEPTION 'QA Desk has no group role %', target_group;
  END IF;
  IF session_user = current_user OR pg_has_role(session_user, 'qadesk_admin', 'MEMBER') THEN
    RETURN;
  END IF;
  IF pg_has_role(session_user, 'qadesk_manager', 'MEMBER') AND coalesce(target_group, '') <> 'qadesk_admin'
     AND NOT (CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = target)
                   THEN pg_has_role(target, 'qadesk_admin', 'MEMBER') ELSE false END) THEN
    RETURN;
  END IF;
  RAISE EXCEPTION 'only a QA Desk administrator or manager changes the login %', target USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE OR REPLACE FUNCTION qadesk_existing_login(target TEXT) RETURNS void LANGUAGE plpgsql STABLE
  SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM public.users WHERE login = target)
     OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = target AND NOT rolsuper) THEN
    RAISE EXCEPTION 'the server has no QA Desk login %', target;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles r ON r.oid = m.member
                 WHERE r.rolname = target AND g.rolname IN ('qadesk_admin', 'qadesk_manager', 'qadesk_evaluator',
                                                            'qadesk_lead', 'qadesk_agent')) THEN
    RAISE EXCEPTION 'the role % is not a QA Desk login', target;
  END IF;
END
$$;

CREATE OR REPLACE FUNCTION qadesk_add_login(target TEXT, target_group TEXT, password TEXT) RETURNS void LANGUAGE plpgsql
  SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
  PERFORM qadesk_check_login_change(target, target_group);
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = target) THEN
    RAISE EXCEPTION 'the server already has a role named %; choose another login', target;
  END IF;
  EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', target, password, target_group);
END
$$;

CREATE OR REPLACE FUNCTION qadesk_set_login_password(target TEXT, password TEXT) RETURNS void LANGUAGE plpgsql
  SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
  PERFORM qadesk_existing_login(target);
  IF session_user <> target THEN
    PERFORM qadesk_check_login_change(target, NULL);
  END IF;
  EXECUTE format('ALTER ROLE %I PASSWORD %L', target, password);
END
$$;

CREATE OR REPLACE FUNCTION qadesk_set_login_access(target TEXT, target_group TEXT, may_log_in BOOLEAN) RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
  other TEXT;
BEGIN
  PERFORM qadesk_existing_login(target);
  PERFORM qadesk_check_login_change(target, target_group);
  FOREACH other IN ARRAY ARRAY['qadesk_admin', 'qadesk_manager', 'qadesk_evaluator', 'qadesk_lead', 'qadesk_agent'] LOOP
    IF other <> target_group AND EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                                         JOIN pg_roles r ON r.oid = m.member WHERE g.rolname = other AND r.rolname = target) THEN
      EXECUTE format('REVOKE %I FROM %I', other, target);
    END IF;
  END LOOP;
  EXECUTE format('GRANT %I TO %I', target_group, target);
  EXECUTE format('ALTER ROLE %I %s', target, CASE WHEN may_log_in THEN 'LOGIN' ELSE 'NOLOGIN' END);
END
$$;

REVOKE ALL ON FUNCTION qadesk_check_login_change(TEXT, TEXT), qadesk_existing_login(TEXT), qadesk_add_login(TEXT, TEXT, TEXT),
  qadesk_set_login_password(TEXT, TEXT), qadesk_set_login_access(TEXT, TEXT, BOOLEAN) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION qadesk_add_login(TEXT, TEXT, TEXT), qadesk_set_login_access(TEXT, TEXT, BOOLEAN)
  TO qadesk_admin, qadesk_manager;
GRANT EXECUTE ON FUNCTION qadesk_set_login_password(TEXT, TEXT)
  TO qadesk_admin, qadesk_manager, qadesk_evaluator, qadesk_lead, qadesk_agent;
