#pragma once

#include "people/Actor.h"
#include "storage/Database.h"

#include "model/Enums.h"
#include "people/UserDialog.h"

#include <QString>
#include <functional>
#include <memory>

namespace qadesk::test {

// A workspace (in memory unless `database` is given) with teams 상담1팀 and 상담2팀, agent A001 김민수 in the first,
// and the administrator "admin" (password "first-admin"). Password hashes are made at libsodium's minimum cost from
// here on.
struct PeopleWorkspace
{
    explicit PeopleWorkspace(std::unique_ptr<Database> database = nullptr);

    std::unique_ptr<Database> db;
    qint64 firstTeam = 0;
    qint64 secondTeam = 0;
    qint64 agent = 0;
    Actor admin;
};

// Fills the next UserDialog once its exec() shows it and presses its OK button. A dialog that stays open (refused) is
// cancelled after its status line is kept in *problem, so the test goes on.
void answerUserDialog(std::function<void(UserDialog&)> fill, QString* problem);
void type(UserDialog& dialog, const char* field, const QString& text); // clears the line edit, then types
void chooseRole(UserDialog& dialog, Role role);

} // namespace qadesk::test
