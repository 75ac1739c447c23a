#pragma once

#include "Database.h"

namespace qadesk {

// RAII transaction: rolls back unless commit() was called. On SQLite it takes the write lock at once
// (BEGIN IMMEDIATE), so a busy workspace fails at the start instead of halfway through the work.
// Transactions nest: an inner one (a repository call inside another's transaction) is a savepoint, so it can roll
// back alone, and nothing is durable until the outermost commits.
class Transaction final {
public:
    explicit Transaction(const Database& database); // throws StorageError when the transaction cannot start
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    void commit(); // throws StorageError

private:
    const Database& m_db;
    QString m_savepoint; // empty for the outermost transaction
    bool m_open = false;
};

} // namespace qadesk
