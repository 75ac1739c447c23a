#include "SqlSupport.h"
#include "RowStatements.h"

#include <QCoreApplication>
#include <QSqlError>

namespace qadesk {
namespace {

QString failure(const QString& what, const QSqlError& error)
{
    return QCoreApplication::translate("Storage", "Could not %1: %2").arg(what, error.text());
}

} // namespace

QSqlQuery prepareSql(const QSqlDatabase& db, const QString& sql, const QString& what)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw StorageError(failure(what, query.lastError()));
    return query;
}

void execPrepared(QSqlQuery& query, const QString& what)
{
    if (!query.exec())
        throw StorageError(failure(what, query.lastError()));
}

void execSql(const QSqlDatabase& db, const QString& sql, const QString& what)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        throw StorageError(failure(what, query.lastError()));
}

QString insertGivingId(const Database& db, const QString& insert)
{
    return db.dialect() == SqlDialect::SQLite ? insert : insert + QStringLiteral(" RETURNING id");
}

qint64 insertReturningId(QSqlQuery& query, const QString& what)
{
    execPrepared(query, what);
    if (!query.isSelect()) { // SQLite: the rowid, which an INTEGER PRIMARY KEY is
        const QVariant id = query.lastInsertId();
        query.finish();
        if (!id.isValid())
            throw StorageError(failure(what, query.lastError()));
        return id.toLongLong();
    }
    if (!query.next())
        throw StorageError(failure(what, query.lastError()));
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return id;
}

namespace {

QVariant boundValue(const QVariant& value)
{
    const bool nullText = value.typeId() == QMetaType::QString && static_cast<const QString*>(value.constData())->isNull();
    return nullText ? QVariant(QStringLiteral("")) : value;
}

const QStringList& placeholderNames()
{
    static const QStringList s_names = [] {
        QStringList names;
        for (int i = 0; i < s_maxNamedValues; ++i)
            names << QStringLiteral(":v%1").arg(i);
        return names;
    }();
    return s_names;
}

} // namespace

void bindAll(QSqlQuery& query, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, boundValue(values.at(i)));
}

QString namedMarks(int count, int first)
{
    Q_ASSERT(first + count <= s_maxNamedValues);
    return placeholderNames().mid(first, count).join(QStringLiteral(", "));
}

void bindNamed(QSqlQuery& query, const QVariantList& values)
{
    Q_ASSERT(values.size() <= s_maxNamedValues);
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(placeholderNames().at(i), boundValue(values.at(i)));
}

std::shared_ptr<QSqlQuery> reusableStatement(const Database& db, const QString& sql, const QString& what)
{
    constexpr qsizetype s_maxStatements = 256; // SQL built with values in it must not grow the cache without end
    auto& cache = db.m_statements;
    const auto found = cache.constFind(sql);
    if (found != cache.cend() && !(*found)->isActive())
        return *found;
    auto query = std::make_shared<QSqlQuery>(prepareSql(db.sql(), sql, what));
    if (found == cache.cend()) {
        if (cache.size() >= s_maxStatements)
            cache.clear();
        cache.insert(sql, query);
    }
    return query;
}

void execWith(const Database& db, const QString& sql, const QVariantList& values, const QString& what)
{
    const auto query = reusableStatement(db, sql, what);
    bindAll(*query, values);
    execPrepared(*query, what);
    query->finish();
}

qint64 insertWith(const Database& db, const QString& sql, const QVariantList& values, const QString& what)
{
    const auto query = reusableStatement(db, insertGivingId(db, sql), what);
    bindAll(*query, values);
    return insertReturningId(*query, what);
}

QVariant dbTime(const QDateTime& value)
{
    return value.isValid() ? QVariant(value.toMSecsSinceEpoch()) : QVariant();
}

QDateTime timeFromDb(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant dbDate(const QDate& value)
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODate)) : QVariant();
}

QDate dateFromDb(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant dbId(qint64 id)
{
    return id != 0 ? QVariant(id) : QVariant();
}

std::optional<int> optionalIntFromDb(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

std::optional<qint64> optionalInt64FromDb(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

std::optional<double> optionalDoubleFromDb(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

} // namespace qadesk
