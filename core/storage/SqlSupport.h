#pragma once

#include "Database.h"
#include "StorageError.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <memory>
#include <optional>

namespace qadesk {

// Small helpers shared by the repositories. Every failure throws StorageError naming `what` was being done.

QSqlQuery prepareSql(const QSqlDatabase& db, const QString& sql, const QString& what);
// The same, kept on `db` for the next call with the same SQL (preparing costs more than running a small statement,
// and an import runs the same few a hundred thousand times). The caller finish()es it after use; one still being
// read (a nested call with the same SQL) is not shared, a fresh one is prepared instead.
std::shared_ptr<QSqlQuery> reusableStatement(const Database& db, const QString& sql, const QString& what);
void execPrepared(QSqlQuery& query, const QString& what);
void execSql(const QSqlDatabase& db, const QString& sql, const QString& what);
// Runs an INSERT … RETURNING id and gives the new id.
qint64 insertReturningId(QSqlQuery& query, const QString& what);
// Binds values to positions 0..n-1. A null QString is bound as '' (text columns are NOT NULL); absent values are
// passed as an invalid QVariant, which binds as NULL.
void bindAll(QSqlQuery& query, const QVariantList& values);
// Prepares, binds the values in order, and runs a statement.
void execWith(const Database& db, const QString& sql, const QVariantList& values, const QString& what);
// The same for an INSERT (written without RETURNING: PostgreSQL gets it added, SQLite gives lastInsertId) and gives the
// new id.
qint64 insertWith(const Database& db, const QString& sql, const QVariantList& values, const QString& what);

// Runs a SELECT with its bound values and converts every row with convert(const QSqlQuery&).
template <typename T, typename Convert>
QList<T> selectRows(const Database& db, const QString& sql, const QVariantList& values, const QString& what,
                    Convert convert)
{
    const auto query = reusableStatement(db, sql, what);
    bindAll(*query, values);
    execPrepared(*query, what);
    QList<T> rows;
    while (query->next())
        rows << convert(*query);
    query->finish();
    return rows;
}

template <typename T> std::optional<T> firstOf(const QList<T>& rows)
{
    return rows.isEmpty() ? std::nullopt : std::optional<T>(rows.first());
}

// Values as the schema stores them: times as UTC milliseconds, dates as ISO text, optionals as NULL.
QVariant dbTime(const QDateTime& value);
QDateTime timeFromDb(const QVariant& value);
QVariant dbDate(const QDate& value);
QDate dateFromDb(const QVariant& value);
QVariant dbId(qint64 id); // 0 (not set) is NULL
template <typename T> QVariant dbOptional(const std::optional<T>& value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}
std::optional<int> optionalIntFromDb(const QVariant& value);
std::optional<qint64> optionalInt64FromDb(const QVariant& value);
std::optional<double> optionalDoubleFromDb(const QVariant& value);

} // namespace qadesk
