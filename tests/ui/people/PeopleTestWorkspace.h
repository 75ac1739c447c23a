#pragma once

#include "people/Actor.h"
#include "storage/Database.h"

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

} // namespace qadesk::test
