#include "Transaction.h"

#include "SqlSupport.h"

#include <QSqlQuery>

namespace qadesk {

Transaction::Transaction(const Database& database)
    : m_sql(database.sql())
{
    execSql(m_sql, database.dialect() == SqlDialect::SQLite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"),
            QStringLiteral("start a transaction"));
    m_open = true;
}

Transaction::~Transaction()
{
    if (m_open)
        QSqlQuery(m_sql).exec(QStringLiteral("ROLLBACK"));
}

void Transaction::commit()
{
    execSql(m_sql, QStringLiteral("COMMIT"), QStringLiteral("commit"));
    m_open = false;
}

} // namespace qadesk
