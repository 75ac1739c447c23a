-- QA Desk workspace schema, step 4: people sign in. A password is kept only as an Argon2id hash (empty: the user
-- cannot sign in until an administrator sets one); a team lead leads one or more teams.

ALTER TABLE users ADD COLUMN password_hash TEXT NOT NULL DEFAULT '';

CREATE TABLE user_teams (
  user_id BIGINT NOT NULL REFERENCES users(id),
  team_id BIGINT NOT NULL REFERENCES teams(id),
  PRIMARY KEY (user_id, team_id)
) {{WITHOUT_ROWID}};
CREATE INDEX user_teams_team ON user_teams(team_id);
