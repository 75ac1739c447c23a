#pragma once

#include "Database.h"

namespace qadesk {

// RAII transaction: rolls back unless commit() was called. On SQLite it takes the write lock at once
// (BEGIN IMMEDIATE), so a busy workspace fails at the start instead of halfway through the work.
class Transaction final {
public:
    explicit Transaction(const Database& database); // throws StorageError when the transaction cannot start
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    void commit(); // throws StorageError

private:
    QSqlDatabase m_sql;
    bool m_open = false;
};

} // namespace qadesk
