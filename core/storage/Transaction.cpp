#include "Transaction.h"

#include "SqlSupport.h"
#include "WorkspaceChanges.h"

#include <QSqlQuery>

namespace qadesk {

Transaction::Transaction(const Database& database)
    : m_db(database)
{
    if (m_db.m_transactionDepth > 0) {
        m_savepoint = QStringLiteral("qadesk_sp%1").arg(m_db.m_transactionDepth);
        execSql(m_db.sql(), QStringLiteral("SAVEPOINT ") + m_savepoint, QStringLiteral("start a nested transaction"));
    } else {
        execSql(m_db.sql(),
                m_db.dialect() == SqlDialect::SQLite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"),
                QStringLiteral("start a transaction"));
    }
    ++m_db.m_transactionDepth;
    WorkspaceChanges::begun(m_db);
    m_open = true;
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    QSqlQuery query(m_db.sql());
    if (m_savepoint.isEmpty()) {
        query.exec(QStringLiteral("ROLLBACK"));
    } else {
        query.exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        query.exec(QStringLiteral("RELEASE ") + m_savepoint);
    }
    WorkspaceChanges::rolledBack(m_db);
    --m_db.m_transactionDepth;
}

void Transaction::commit()
{
    execSql(m_db.sql(), m_savepoint.isEmpty() ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_savepoint,
            QStringLiteral("commit"));
    m_open = false;
    --m_db.m_transactionDepth;
    WorkspaceChanges::committed(m_db, m_savepoint.isEmpty());
}

} // namespace qadesk
