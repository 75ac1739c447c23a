#pragma once

#include "Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace qadesk {

// For statements run once per imported row (a manifest may have a hundred thousand). Implemented in SqlSupport.cpp.

// An INSERT made to give the new row's id through insertReturningId(): with RETURNING id on PostgreSQL; on SQLite as
// it is, since a RETURNING clause makes SQLite build a temporary table on every run, which costs more than the insert.
// insertWith() uses it too.
QString insertGivingId(const Database& db, const QString& insert);

// Qt 6.4 formats a placeholder name for every value bound by position (QSqlResult::bindValue), which costs more than
// a small INSERT. namedMarks(n) gives ":v0, :v1, …" for n values (from :v<first> when first is given); bindNamed binds
// values to :v0, :v1, … in order, as bindAll does (a null QString as ''). At most s_maxNamedValues.
constexpr int s_maxNamedValues = 512;
QString namedMarks(int count, int first = 0);
void bindNamed(QSqlQuery& query, const QVariantList& values);

} // namespace qadesk
